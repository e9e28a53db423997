package se.samsyn.test;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Checks the page the browser shows against WCAG 2.1 A and AA with axe-core, as it is at that
 * moment: a browser test calls it on every page it visits, with the menus and dialogs it opened
 * still open, so that what a user reaches is what is checked (with a modal dialog open, the dialog:
 * the page under it is out of reach). A serious or critical violation fails the test, naming the
 * rule and the elements (target/screenshots keeps what the page looked like); so does one of the
 * application's pages (Keycloak's login pages are its own) without its language, its one heading of
 * level 1, its landmarks or a title that says where the user is.
 */
public final class Accessibility {

  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

  private static final String OPEN_DIALOG = ".ui-dialog[aria-hidden='false']";

  private static final String MODAL_DIALOG_OPEN =
      "return [...document.querySelectorAll('.ui-widget-overlay')]"
          + ".some(mask => getComputedStyle(mask).display !== 'none')"
          + " && document.querySelector(\""
          + OPEN_DIALOG
          + "\") !== null;";

  private Accessibility() {}

  public static void assertAccessible(WebDriver browser, String where) {
    Chromium.settle(browser);
    AxeBuilder axe = new AxeBuilder().withTags(WCAG_21_AA);
    if (Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(MODAL_DIALOG_OPEN))) {
      // The page under a modal dialog is dimmed and out of reach until the dialog closes.
      axe.include(OPEN_DIALOG);
    }
    Results results = axe.analyze(browser);
    if (results.isErrored()) {
      fail("axe-core could not check " + where + ": " + results.getErrorMessage());
    }
    List<String> violations =
        results.getViolations().stream()
            .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
            .map(Accessibility::describe)
            .toList();
    String page = where + " (" + browser.getCurrentUrl() + ")";
    Chromium.screenshot(browser, where.replaceAll("[^A-Za-z0-9]+", "-"));
    assertEquals(List.of(), violations, "WCAG 2.1 AA violations on " + page);
    if (!browser.getCurrentUrl().startsWith(TestConfiguration.realmUrl())) {
      assertStructure(browser, page);
    }
  }

  /** What axe does not judge, or judges only as best practice. */
  private static void assertStructure(WebDriver browser, String page) {
    JavascriptExecutor script = (JavascriptExecutor) browser;
    String language = (String) script.executeScript("return document.documentElement.lang;");
    List<String> headings =
        browser.findElements(By.tagName("h1")).stream().map(h1 -> h1.getText().strip()).toList();
    String title = browser.getTitle();
    long uncaptionedTables =
        (Long)
            script.executeScript(
                "return [...document.querySelectorAll('main .ui-datatable table')]"
                    + ".filter(t => !t.caption || !t.caption.textContent.trim()).length;");
    long picturesWithoutEquivalent =
        (Long)
            script.executeScript(
                "const named = [...document.querySelectorAll('[data-equivalent-of]')]"
                    + ".map(e => e.dataset.equivalentOf);"
                    + "return [...document.querySelectorAll('main canvas, main .fc')]"
                    + ".map(p => (p.closest('[id]') || {id: ''}).id)"
                    + ".filter(id => !named.some(n => id === n || id.endsWith(':' + n))).length;");
    long unexplainedAsterisks =
        (Long)
            script.executeScript(
                "return [...document.querySelectorAll('.ui-outputlabel-rfi')]"
                    + ".filter(mark => mark.offsetParent !== null"
                    + " && !(mark.closest('form') || document).querySelector('.required-hint'))"
                    + ".length;");
    assertAll(
        page,
        () -> assertTrue(Set.of("sv", "en").contains(language), "lang: " + language),
        () -> assertEquals(1, headings.size(), "headings of level 1: " + headings),
        () -> assertEquals(1, browser.findElements(By.tagName("main")).size(), "one main"),
        () -> assertEquals(1, browser.findElements(By.tagName("header")).size(), "one header"),
        () -> assertFalse(headings.isEmpty() || headings.get(0).isEmpty(), "an empty h1"),
        () -> assertEquals(0, uncaptionedTables, "tables without a caption"),
        () ->
            assertEquals(
                0, unexplainedAsterisks, "required fields marked * in a form that does not say so"),
        () ->
            assertEquals(
                0, picturesWithoutEquivalent, "calendars and charts without an equivalent table"),
        () ->
            assertTrue(
                !headings.isEmpty() && title.startsWith(headings.get(0)),
                "the title \"" + title + "\" names the page " + headings));
  }

  private static String describe(Rule rule) {
    String elements =
        rule.getNodes().stream()
            .limit(10)
            .map(node -> node.getTarget() + " " + abbreviate(node.getHtml()))
            .collect(Collectors.joining("\n    "));
    return rule.getImpact()
        + " "
        + rule.getId()
        + " ("
        + rule.getHelp()
        + "), "
        + rule.getNodes().size()
        + " elements:\n    "
        + elements
        + "\n";
  }

  private static String abbreviate(String html) {
    return html.length() <= 160 ? html : html.substring(0, 160) + "…";
  }
}
