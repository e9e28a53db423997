package se.samsyn.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.samsyn.test.Accessibility;
import se.samsyn.test.Api;
import se.samsyn.test.BrowserTest;
import se.samsyn.test.Chromium;
import se.samsyn.test.DemoUser;
import se.samsyn.test.TestConfiguration;
import se.samsyn.test.Tokens;

/**
 * Every view, opened by someone who may see it, works on a tablet (768 × 1024) as axe-core checks
 * it, and links the accessibility statement; it reads without scrolling the page sideways at 320
 * CSS pixels wide, which is 1280 pixels at 400 % zoom (WCAG 1.4.10), and cuts off no text when the
 * reader widens the text spacing (WCAG 1.4.12). The statement itself is readable by anyone, logged
 * in or not, in both languages.
 */
class ResponsiveLayoutBrowserIT extends BrowserTest {

  /** Luhn-valid, not used by other tests, for the pages about one person. */
  private static final String NUMBER = "198103076108";

  private static final Dimension TABLET = new Dimension(768, 1024);
  private static final Dimension NARROW = new Dimension(320, 640);

  private static final String STATEMENT = "/accessibility.xhtml";
  private static final By STATEMENT_LINK = By.id("accessibility-statement-link");

  /** WCAG 1.4.12's spacing, as a reader's style sheet would set it over the page's. */
  private static final String WIDER_TEXT_SPACING =
      "const style = document.createElement('style');"
          + "style.textContent = '* { line-height: 1.5 !important;"
          + " letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }"
          + " p { margin-bottom: 2em !important; }';"
          + "document.head.appendChild(style);";

  /**
   * Shown elements that hide what overflows them and have more content than room. Helpers that are
   * hidden on purpose and read only by screen readers are left out: ours and PrimeFaces'.
   */
  private static final String CLIPPED_TEXT =
      "return Array.from(document.querySelectorAll('body *')).filter(element => {"
          + "  if (element.closest('.visually-hidden, .ui-helper-hidden-accessible')) return false;"
          + "  if (element.getClientRects().length === 0 || !element.textContent.trim()) return false;"
          + "  const style = getComputedStyle(element);"
          + "  const hides = overflow => overflow === 'hidden' || overflow === 'clip';"
          + "  return (hides(style.overflowX) && element.scrollWidth > element.clientWidth + 2)"
          + "    || (hides(style.overflowY) && element.scrollHeight > element.clientHeight + 2);"
          + "}).map(element => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')"
          + "  + '.' + Array.from(element.classList).join('.')"
          + "  + ' ' + element.scrollWidth + 'x' + element.scrollHeight"
          + "  + ' in ' + element.clientWidth + 'x' + element.clientHeight);";

  /** Which elements stick out past the window, for the failure message. */
  private static final String WIDEST_ELEMENTS =
      "return Array.from(document.querySelectorAll('body *'))"
          + ".filter(element => element.getBoundingClientRect().right > window.innerWidth + 1)"
          + ".slice(0, 8).map(element => element.tagName.toLowerCase()"
          + "  + (element.id ? '#' + element.id : '') + '.' + Array.from(element.classList).join('.')"
          + "  + ' right=' + Math.round(element.getBoundingClientRect().right)).join(', ');";

  private static String reference;

  @BeforeAll
  static void aParticipant() throws IOException, InterruptedException {
    reference =
        Api.registerParticipant(
            Tokens.accessToken(DemoUser.FK_CASE_WORKER), NUMBER, "Rut", "Responsiv");
  }

  @ParameterizedTest
  @MethodSource("se.samsyn.platform.Pages#visitors")
  void everyViewFitsATabletAndReflowsAtThreeHundredTwentyPixels(DemoUser visitor) {
    Chromium.logIn(browser, visitor);
    assertAll(
        Pages.all().stream()
            .filter(page -> Pages.visitorOf(page) == visitor)
            .map(page -> (Executable) () -> assertFitsAndReflows(page)));
  }

  @Test
  void theStatementIsReadableLoggedOutAndLoggedIn() {
    browser.get(TestConfiguration.baseUrl() + STATEMENT);
    wait.until(
        ExpectedConditions.textToBe(By.tagName("h1"), "Tillgänglighetsredogörelse för Samsyn"));
    assertTrue(
        browser.getCurrentUrl().startsWith(TestConfiguration.baseUrl()), browser.getCurrentUrl());
    assertTrue(browser.findElements(By.id("current-user")).isEmpty(), "no one is logged in");
    assertEquals(
        "mailto:tillganglighet@samordningsforbund.example",
        browser.findElement(By.id("accessibility-contact")).getAttribute("href"));
    Accessibility.assertAccessible(browser, "the statement logged out");

    browser.findElement(By.linkText("English")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Accessibility statement for Samsyn"));
    Accessibility.assertAccessible(browser, "the statement logged out in English");

    Chromium.logIn(browser, DemoUser.FK_CASE_WORKER);
    browser.findElement(STATEMENT_LINK).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Accessibility statement for Samsyn"));
    assertTrue(
        browser.findElement(By.id("current-user")).getText().contains("Anna Andersson"),
        "the logged-in user still sees who they are");
    assertFalse(browser.findElements(By.id("main-menu")).isEmpty(), "and their menu");
    Accessibility.assertAccessible(browser, "the statement logged in in English");

    browser.findElement(By.linkText("Svenska")).click();
    wait.until(
        ExpectedConditions.textToBe(By.tagName("h1"), "Tillgänglighetsredogörelse för Samsyn"));
    Accessibility.assertAccessible(browser, "the statement logged in");
  }

  @Test
  void errorPagesLinkTheStatementToo() {
    browser.get(TestConfiguration.baseUrl() + "/callback?state=stray&code=x");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-text")));
    assertFalse(browser.findElements(STATEMENT_LINK).isEmpty(), "the sign-in problem page");

    Chromium.logIn(browser, DemoUser.FK_CASE_WORKER);
    browser.get(TestConfiguration.baseUrl() + "/no-such-page.xhtml");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-text")));
    assertFalse(browser.findElements(STATEMENT_LINK).isEmpty(), "the 404 page");
  }

  private void assertFitsAndReflows(String page) {
    resize(TABLET);
    browser.get(TestConfiguration.baseUrl() + page + "?ref=" + reference);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    Accessibility.assertAccessible(browser, page + " on a tablet");
    assertFalse(browser.findElements(STATEMENT_LINK).isEmpty(), page + " links the statement");
    assertNoSidewaysScrolling(page + " on a tablet");

    resize(NARROW);
    Chromium.settle(browser);
    assertNoSidewaysScrolling(page + " at 320 px");

    script().executeScript(WIDER_TEXT_SPACING);
    Chromium.settle(browser);
    @SuppressWarnings("unchecked")
    List<String> clipped = (List<String>) script().executeScript(CLIPPED_TEXT);
    if (!clipped.isEmpty()) {
      Chromium.screenshot(browser, "spacing-" + page.replaceAll("[^A-Za-z0-9]+", "-"));
    }
    assertEquals(List.of(), clipped, page + " cuts off text with WCAG 1.4.12's spacing");
  }

  /** Resizes the window and makes sure the page got the width asked for, in CSS pixels. */
  private void resize(Dimension size) {
    browser.manage().window().setSize(size);
    long width = (Long) script().executeScript("return window.innerWidth;");
    assertEquals(size.getWidth(), width, "the page's width in CSS pixels");
  }

  private void assertNoSidewaysScrolling(String where) {
    long scrollWidth =
        (Long) script().executeScript("return document.documentElement.scrollWidth;");
    long width = (Long) script().executeScript("return window.innerWidth;");
    if (scrollWidth > width) {
      Chromium.screenshot(browser, "reflow-" + where.replaceAll("[^A-Za-z0-9]+", "-"));
    }
    assertTrue(
        scrollWidth <= width,
        where
            + " scrolls sideways: "
            + scrollWidth
            + " px of content in "
            + width
            + " px; widest: "
            + script().executeScript(WIDEST_ELEMENTS));
  }

  private JavascriptExecutor script() {
    return (JavascriptExecutor) browser;
  }
}
