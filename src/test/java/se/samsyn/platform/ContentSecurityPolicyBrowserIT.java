package se.samsyn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.samsyn.test.Api;
import se.samsyn.test.BrowserTest;
import se.samsyn.test.Chromium;
import se.samsyn.test.DemoUser;
import se.samsyn.test.TestConfiguration;
import se.samsyn.test.Tokens;

/**
 * Every page, opened in Chromium by someone who may see it, runs under the policy without a single
 * violation: a script, handler or style the policy blocks would fire the browser's
 * securitypolicyviolation event, which a listener installed before any page script records.
 */
class ContentSecurityPolicyBrowserIT extends BrowserTest {

  private static final String RECORD_VIOLATIONS =
      "window.cspViolations = [];"
          + "document.addEventListener('securitypolicyviolation', e => window.cspViolations.push("
          + "e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':'"
          + " + e.lineNumber + ' ' + e.sample));";

  /** Skatteverket's test number, not used by other tests, for the pages about one person. */
  private static final String NUMBER = "199006252390";

  private static String reference;

  @BeforeAll
  static void aParticipant() throws IOException, InterruptedException {
    reference =
        Api.registerParticipant(Tokens.accessToken(DemoUser.FK_CASE_WORKER), NUMBER, "Cia", "Csp");
  }

  @ParameterizedTest
  @MethodSource("se.samsyn.platform.Pages#visitors")
  void everyPageRunsWithoutAViolation(DemoUser visitor) {
    ((ChromeDriver) browser)
        .executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
    Chromium.logIn(browser, visitor);
    assertNoViolations(visitor, "the start page after login");

    browser.findElement(By.linkText("English")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Home"));
    assertNoViolations(visitor, "the start page in English");
    browser.findElement(By.linkText("Svenska")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Start"));

    for (String page : Pages.all()) {
      if (Pages.visitorOf(page) == visitor) {
        browser.get(TestConfiguration.baseUrl() + page + "?ref=" + reference);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertNoViolations(visitor, page);
      }
    }
  }

  private void assertNoViolations(DemoUser visitor, String where) {
    Chromium.settle(browser);
    @SuppressWarnings("unchecked")
    List<Object> violations =
        (List<Object>)
            ((JavascriptExecutor) browser).executeScript("return window.cspViolations || [];");
    Chromium.screenshot(
        browser, "csp-" + visitor.username() + where.replaceAll("[^A-Za-z0-9]+", "-"));
    assertEquals(List.of(), violations, where + " (" + browser.getCurrentUrl() + ")");
  }
}
