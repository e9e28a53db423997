package se.samsyn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a view must say for assistive technology, read from the view files so that a page written
 * later is held to it before any browser opens it: every input has a label PrimeFaces ties to its
 * real input (a group of checkboxes: {@code pt:role="group"} named by {@code pt:aria-labelledby}; a
 * file upload: its button's {@code label}), every table keeps Enter for its links (no PrimeFaces
 * cell navigation), every table a caption (CaptionedDataTableRenderer), and every picture — a
 * calendar, a chart — an equivalent table or list, marked {@code data-equivalent-of="<the picture's
 * id>"}, that a screen reader can use instead. axe-core in the browser tests checks what is
 * rendered.
 */
class AccessibleViewsTest {

  private static final String PRIMEFACES = "http://primefaces.org/ui";
  private static final String PASSTHROUGH = "jakarta.faces.passthrough";
  private static final Set<String> FACES_HTML =
      Set.of("jakarta.faces.html", "http://xmlns.jcp.org/jsf/html", "http://java.sun.com/jsf/html");

  /** Components a user types into or chooses with, which need a label naming them. */
  private static final Set<String> PRIMEFACES_INPUTS =
      Set.of(
          "inputText",
          "inputTextarea",
          "inputNumber",
          "inputMask",
          "password",
          "autoComplete",
          "chips",
          "datePicker",
          "calendar",
          "selectOneMenu",
          "selectOneListbox",
          "selectOneRadio",
          "selectManyMenu",
          "selectManyCheckbox",
          "selectCheckboxMenu",
          "selectBooleanCheckbox",
          "spinner",
          "textEditor",
          "fileUpload");

  private static final Set<String> FACES_INPUTS =
      Set.of(
          "inputText",
          "inputTextarea",
          "inputSecret",
          "selectOneMenu",
          "selectOneListbox",
          "selectOneRadio",
          "selectManyMenu",
          "selectManyCheckbox",
          "selectManyListbox",
          "selectBooleanCheckbox");

  private static final Set<String> TABLES = Set.of("dataTable", "treeTable", "dataView");

  /** Drawn, not written: a screen reader cannot read them. */
  private static final Set<String> PICTURES =
      Set.of("schedule", "chart", "barChart", "lineChart", "pieChart", "donutChart", "timeline");

  @Test
  void theViewsAreRead() throws Exception {
    int inputs = 0;
    for (Path file : Pages.files()) {
      inputs += View.read(file).inputs;
    }
    assertTrue(inputs > 40, "inputs found: " + inputs);
  }

  @Test
  void everyInputIsLabelledEveryTableCaptionedAndEveryPictureHasAnEquivalent() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Path file : Pages.files()) {
      problems.addAll(View.read(file).problems);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void anUnlabelledInputAnUncaptionedTableAndAPictureAloneAreFound() throws Exception {
    View view =
        View.parse(
            Path.of("example.xhtml"),
            """
            <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html"
                            xmlns:ui="jakarta.faces.facelets" xmlns:p="http://primefaces.org/ui">
                <p:inputText id="unlabelled" value="#{bean.a}"/>
                <h:outputLabel for="standard-label" value="Datum"/>
                <p:datePicker id="standard-label" value="#{bean.b}"/>
                <p:outputLabel for="fine" value="Namn"/>
                <p:inputText id="fine" value="#{bean.c}"/>
                <p:selectBooleanCheckbox id="ticked" value="#{bean.d}" itemLabel="Jag har läst"/>
                <p:dataTable id="uncaptioned" cellNavigation="false" value="#{bean.rows}" var="row"/>
                <p:dataTable id="captioned" caption="Träffar" cellNavigation="false"
                             value="#{bean.rows}" var="row"/>
                <p:dataTable id="navigable" caption="Träffar" value="#{bean.rows}" var="row"/>
                <p:schedule id="calendar" value="#{bean.meetings}"/>
                <p:barChart id="described" model="#{bean.chart}"/>
                <table data-equivalent-of="described"/>
            </ui:composition>
            """);

    List<String> problems = view.problems;

    assertEquals(6, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("#unlabelled"), problems.get(0));
    assertTrue(problems.get(1).contains("h:outputLabel"), problems.get(1));
    assertTrue(problems.get(2).contains("#standard-label"), problems.get(2));
    assertTrue(problems.get(3).contains("#uncaptioned"), problems.get(3));
    assertTrue(problems.get(4).contains("#navigable"), problems.get(4));
    assertTrue(problems.get(5).contains("#calendar"), problems.get(5));
  }

  private static final class View {

    private final List<String> problems = new ArrayList<>();
    private int inputs;

    static View read(Path file) throws Exception {
      return parse(file, Files.readString(file));
    }

    static View parse(Path file, String xml) throws Exception {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document document =
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      List<Element> elements = new ArrayList<>();
      NodeList all = document.getElementsByTagNameNS("*", "*");
      for (int i = 0; i < all.getLength(); i++) {
        elements.add((Element) all.item(i));
      }
      Set<String> labelled = new HashSet<>();
      Set<String> equivalents = new HashSet<>();
      for (Element element : elements) {
        if (isPrimeFaces(element) && element.getLocalName().equals("outputLabel")) {
          labelled.add(element.getAttribute("for"));
        }
        if (element.hasAttribute("data-equivalent-of")) {
          equivalents.add(element.getAttribute("data-equivalent-of"));
        }
      }
      View view = new View();
      for (Element element : elements) {
        view.check(file, element, labelled, equivalents);
      }
      return view;
    }

    private void check(Path file, Element element, Set<String> labelled, Set<String> equivalents) {
      String name = element.getLocalName();
      String where = file + " #" + element.getAttribute("id") + ": ";
      boolean primeFaces = isPrimeFaces(element);
      boolean facesHtml = FACES_HTML.contains(element.getNamespaceURI());
      if (facesHtml && name.equals("outputLabel")) {
        problems.add(
            file
                + " for="
                + element.getAttribute("for")
                + ": an h:outputLabel names the component, not the input PrimeFaces renders"
                + " inside it; use p:outputLabel");
      }
      if ((primeFaces && PRIMEFACES_INPUTS.contains(name))
          || (facesHtml && FACES_INPUTS.contains(name))) {
        inputs++;
        boolean named =
            labelled.contains(element.getAttribute("id"))
                || element.hasAttributeNS(PASSTHROUGH, "aria-labelledby")
                || (name.equals("selectBooleanCheckbox") && element.hasAttribute("itemLabel"))
                || (name.equals("fileUpload") && element.hasAttribute("label"));
        if (!named) {
          problems.add(where + "an input without a p:outputLabel for it");
        }
      }
      if (primeFaces && TABLES.contains(name) && element.getAttribute("caption").isBlank()) {
        problems.add(where + "a table without a caption=\"…\" a screen reader can list it by");
      }
      if (primeFaces
          && name.equals("dataTable")
          && !"false".equals(element.getAttribute("cellNavigation"))) {
        problems.add(
            where
                + "cellNavigation=\"false\": PrimeFaces' cell navigation takes Enter from the"
                + " links in the table, so a keyboard user cannot follow them");
      }
      if (primeFaces
          && PICTURES.contains(name)
          && !equivalents.contains(element.getAttribute("id"))) {
        problems.add(
            where
                + "a picture needs an equivalent table or list marked"
                + " data-equivalent-of=\""
                + element.getAttribute("id")
                + "\"");
      }
    }

    private static boolean isPrimeFaces(Element element) {
      return PRIMEFACES.equals(element.getNamespaceURI());
    }
  }
}
