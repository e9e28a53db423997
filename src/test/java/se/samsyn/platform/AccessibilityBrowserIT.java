package se.samsyn.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.samsyn.test.Accessibility;
import se.samsyn.test.Api;
import se.samsyn.test.BrowserTest;
import se.samsyn.test.Chromium;
import se.samsyn.test.DemoUser;
import se.samsyn.test.TestConfiguration;
import se.samsyn.test.Tokens;

/**
 * Every view found under src/main/webapp, opened by someone who may see it, meets WCAG 2.1 AA as
 * axe-core checks it; so do the error pages, each provoked as a user meets it, and Keycloak's login
 * page. A view added later is checked without anyone listing it; an error page added later fails
 * until this test says how a user reaches it.
 */
class AccessibilityBrowserIT extends BrowserTest {

  /** Skatteverket's test number, not used by other tests, for the pages about one person. */
  private static final String NUMBER = "199210122389";

  /**
   * How a case worker meets each error page, in this order: the sign-in page last, as it is met
   * logged out (a logged-in user's stray return from Keycloak goes to the start page).
   */
  private static final Map<String, Consumer<WebDriver>> ERROR_PAGES = new LinkedHashMap<>();

  static {
    ERROR_PAGES.put(
        "403.xhtml",
        browser -> browser.get(TestConfiguration.baseUrl() + "/admin/organisation.xhtml"));
    ERROR_PAGES.put(
        "404.xhtml", browser -> browser.get(TestConfiguration.baseUrl() + "/no-such-page.xhtml"));
    ERROR_PAGES.put("expired.xhtml", AccessibilityBrowserIT::postAFormTheServerNoLongerHolds);
    ERROR_PAGES.put(
        "signin.xhtml",
        browser -> {
          browser.manage().deleteAllCookies();
          browser.get(TestConfiguration.baseUrl() + "/callback?state=stray&code=x");
        });
  }

  /**
   * Shown only when something unforeseen fails, which no test can provoke on purpose; it is the
   * layout with one paragraph and one link, the same as the 404 page checked here.
   */
  private static final Set<String> UNPROVOKABLE = Set.of("500.xhtml");

  private static String reference;

  @BeforeAll
  static void aParticipant() throws IOException, InterruptedException {
    reference =
        Api.registerParticipant(
            Tokens.accessToken(DemoUser.FK_CASE_WORKER), NUMBER, "Tilda", "Tillgänglig");
  }

  @ParameterizedTest
  @MethodSource("se.samsyn.platform.Pages#visitors")
  void everyViewMeetsWcag21AA(DemoUser visitor) {
    browser.get(TestConfiguration.baseUrl() + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    Accessibility.assertAccessible(browser, "Keycloak's login page");
    Chromium.logIn(browser, visitor);

    Stream<Executable> pages =
        Pages.all().stream()
            .filter(page -> Pages.visitorOf(page) == visitor)
            .map(
                page ->
                    () -> {
                      browser.get(TestConfiguration.baseUrl() + page + "?ref=" + reference);
                      wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                      Accessibility.assertAccessible(browser, page);
                    });
    Executable english =
        () -> {
          browser.get(TestConfiguration.baseUrl() + "/");
          browser.findElement(By.linkText("English")).click();
          wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Home"));
          Accessibility.assertAccessible(browser, "the start page in English");
        };
    assertAll(Stream.concat(pages, Stream.of(english)));
  }

  @Test
  void everyErrorPageMeetsWcag21AA() {
    Set<String> errorPages =
        Pages.files().stream()
            .filter(file -> file.getParent().endsWith(Path.of("WEB-INF", "errors")))
            .map(file -> file.getFileName().toString())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> named = new TreeSet<>(ERROR_PAGES.keySet());
    named.addAll(UNPROVOKABLE);
    assertEquals(errorPages, named, "say how a user meets each error page");

    Chromium.logIn(browser, DemoUser.FK_CASE_WORKER);
    assertAll(
        ERROR_PAGES.keySet().stream()
            .map(
                errorPage ->
                    () -> {
                      ERROR_PAGES.get(errorPage).accept(browser);
                      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-text")));
                      Accessibility.assertAccessible(browser, "the error page " + errorPage);
                    }));
  }

  /** A stale view state, as a page kept open past its session's end posts it. */
  private static void postAFormTheServerNoLongerHolds(WebDriver browser) {
    browser.get(TestConfiguration.baseUrl() + "/participant/search.xhtml");
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                + ".forEach(state => state.value = '-1234567890:987654321');");
    browser.findElement(By.linkText("English")).click();
  }
}
