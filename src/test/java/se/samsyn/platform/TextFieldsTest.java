package se.samsyn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Every text field of every view states its length limit as {@code maxlength}, taken from the
 * entity's constant through {@code o:importConstants} (never a number typed into the page), and has
 * a message next to it; {@code MaxLengthValidator} checks the same limit on the server. A form
 * added without a limit fails here.
 */
class TextFieldsTest {

  private static final String PRIMEFACES = "http://primefaces.org/ui";
  private static final String OMNIFACES = "http://omnifaces.org/ui";
  private static final Set<String> FACES_HTML =
      Set.of("jakarta.faces.html", "http://xmlns.jcp.org/jsf/html", "http://java.sun.com/jsf/html");

  /** Components that take free text, by namespace. */
  private static final Map<String, Set<String>> TEXT_FIELDS =
      Map.of(
          PRIMEFACES,
          Set.of(
              "inputText",
              "inputTextarea",
              "inputMask",
              "password",
              "autoComplete",
              "chips",
              "textEditor",
              "keyboard"),
          "faces-html",
          Set.of("inputText", "inputTextarea", "inputSecret"));

  private static final Pattern CONSTANT = Pattern.compile("#\\{(\\w+)\\.(\\w+)}");

  record TextField(Path file, String id, String maxlength) {}

  @Test
  void theViewsAreRead() throws Exception {
    List<TextField> fields = new ArrayList<>();
    for (Path file : Pages.files()) {
      fields.addAll(View.read(file).textFields());
    }
    assertTrue(
        fields.stream().anyMatch(f -> f.id().equals("street")),
        "the contact fields of the include are found: " + fields);
    assertTrue(fields.size() > 30, fields.toString());
  }

  @Test
  void everyTextFieldHasAnIdAMaxlengthFromAConstantAndAMessage() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Path file : Pages.files()) {
      problems.addAll(View.read(file).problems());
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void aFieldWithoutALimitOrAMessageIsFound() throws Exception {
    View view =
        View.parse(
            Path.of("example.xhtml"),
            """
            <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html"
                            xmlns:ui="jakarta.faces.facelets" xmlns:p="http://primefaces.org/ui"
                            xmlns:o="http://omnifaces.org/ui">
                <o:importConstants type="se.samsyn.consent.Consent"/>
                <p:inputText id="no-limit" value="#{bean.a}"/>
                <h:inputTextarea id="typed" value="#{bean.b}" maxlength="1000"/>
                <p:inputText id="unknown" value="#{bean.c}" maxlength="#{Consent.NO_SUCH_LIMIT}"/>
                <p:inputText id="not-imported" value="#{bean.d}" maxlength="#{Note.MAX_TEXT}"/>
                <p:inputText id="fine" value="#{bean.e}" maxlength="#{Consent.MAX_TEXT}"/>
                <p:message for="no-limit"/>
                <p:message for="typed"/>
                <p:message for="unknown"/>
                <p:message for="not-imported"/>
            </ui:composition>
            """);

    List<String> problems = view.problems();

    assertEquals(5, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("no-limit"), problems.get(0));
    assertTrue(problems.get(1).contains("typed"), problems.get(1));
    assertTrue(problems.get(2).contains("NO_SUCH_LIMIT"), problems.get(2));
    assertTrue(problems.get(3).contains("Note"), problems.get(3));
    assertTrue(problems.get(4).contains("fine") && problems.get(4).contains("message"));
    assertFalse(problems.stream().anyMatch(p -> p.contains("needs an id")), problems.toString());
  }

  /** One view file: its text fields, the constants it imports and the fields its messages name. */
  private record View(
      Path file, List<TextField> textFields, Map<String, String> constants, Set<String> messages) {

    static View read(Path file) throws IOException, SAXException, ParserConfigurationException {
      return parse(file, java.nio.file.Files.readString(file));
    }

    static View parse(Path file, String xml)
        throws IOException, SAXException, ParserConfigurationException {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document document =
          factory
              .newDocumentBuilder()
              .parse(
                  new java.io.ByteArrayInputStream(
                      xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      List<TextField> fields = new ArrayList<>();
      Map<String, String> constants = new HashMap<>();
      Set<String> messages = new HashSet<>();
      NodeList all = document.getElementsByTagNameNS("*", "*");
      for (int i = 0; i < all.getLength(); i++) {
        Element element = (Element) all.item(i);
        String namespace =
            FACES_HTML.contains(element.getNamespaceURI())
                ? "faces-html"
                : String.valueOf(element.getNamespaceURI());
        String name = element.getLocalName();
        if (TEXT_FIELDS.getOrDefault(namespace, Set.of()).contains(name)) {
          fields.add(
              new TextField(file, element.getAttribute("id"), attribute(element, "maxlength")));
        } else if (name.equals("message")
            && (namespace.equals(PRIMEFACES) || namespace.equals("faces-html"))) {
          messages.add(element.getAttribute("for"));
        } else if (name.equals("importConstants") && namespace.equals(OMNIFACES)) {
          String type = element.getAttribute("type");
          String var =
              element.hasAttribute("var")
                  ? element.getAttribute("var")
                  : type.substring(type.lastIndexOf('.') + 1);
          constants.put(var, type);
        }
      }
      return new View(file, fields, constants, messages);
    }

    List<String> problems() {
      List<String> problems = new ArrayList<>();
      for (TextField field : textFields) {
        String where = file + " #" + field.id() + ": ";
        if (field.id().isEmpty()) {
          problems.add(where + "a text field needs an id, for its message");
          continue;
        }
        if (field.maxlength() == null) {
          problems.add(where + "no maxlength (take the entity's constant: o:importConstants)");
        } else {
          String limitProblem = limitProblem(field.maxlength());
          if (limitProblem != null) {
            problems.add(where + limitProblem);
          }
        }
        if (!messages.contains(field.id())) {
          problems.add(where + "no p:message for it next to the field");
        }
      }
      return problems;
    }

    /** Null when the maxlength names a public int constant of a class the view imports. */
    private String limitProblem(String maxlength) {
      Matcher constant = CONSTANT.matcher(maxlength.strip());
      if (!constant.matches()) {
        return "maxlength=\""
            + maxlength
            + "\" is not an entity's constant such as #{Consent.MAX_TEXT}";
      }
      String type = constants.get(constant.group(1));
      if (type == null) {
        return "maxlength names " + constant.group(1) + ", which no o:importConstants imports";
      }
      try {
        Field limit = Class.forName(type).getField(constant.group(2));
        int modifiers = limit.getModifiers();
        if (!Modifier.isStatic(modifiers)
            || !Modifier.isFinal(modifiers)
            || limit.getType() != int.class) {
          return type + "." + constant.group(2) + " is not a static final int";
        }
        return null;
      } catch (ClassNotFoundException | NoSuchFieldException e) {
        return "no public constant " + type + "." + constant.group(2);
      }
    }

    private static String attribute(Element element, String name) {
      Node attribute = element.getAttributeNode(name);
      return attribute == null ? null : attribute.getNodeValue();
    }
  }
}
