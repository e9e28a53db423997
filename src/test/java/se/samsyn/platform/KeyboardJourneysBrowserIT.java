package se.samsyn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.samsyn.test.Accessibility;
import se.samsyn.test.Api;
import se.samsyn.test.BrowserTest;
import se.samsyn.test.Chromium;
import se.samsyn.test.DemoUser;
import se.samsyn.test.TestConfiguration;
import se.samsyn.test.Tokens;

/**
 * The main journeys done with the keyboard alone, as someone who uses no mouse does them: nothing
 * is clicked, the only address typed is the start page's, and every control is reached with Tab
 * from where the focus was. Each Tab's stop must show its focus, and the stops on the way to a
 * control are kept, so a failure shows the order the page gives a keyboard user.
 */
class KeyboardJourneysBrowserIT extends BrowserTest {

  /** Enough to cross the participant page's longest stretch of controls, a bound on a trap. */
  private static final int MOST_TABS = 80;

  private static final CharSequence BACK = Keys.chord(Keys.SHIFT, Keys.TAB);

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  /** Numbers no other test uses, each passing the Luhn check. */
  private static final String FOUND_NUMBER = "198703142276";

  private static final String REGISTERED_NUMBER = "198703143381";
  private static final String CONSENTING_NUMBER = "198703144413";

  private static final String UNIT = "Lokalt försäkringscenter Södertälje";

  /**
   * What shows the focus of the active element: its own outline or box shadow, or, where a
   * PrimeFaces widget keeps the focus in a visually hidden input (check boxes) or in a part of
   * itself (a select menu's label), the widget's box that PrimeFaces marks as focused. Transitions
   * are finished first so that what is read is what the user sees once the ring has faded in.
   * Keycloak's login form, not the application's to style, keeps the browser's own focus ring
   * (outline-style auto, which Chromium draws two pixels wide whatever its computed width); the
   * argument says whether to accept it.
   */
  private static final String FOCUS_STOP =
      """
      const active = document.activeElement;
      const describe = element => element.tagName.toLowerCase()
          + (element.id ? '#' + element.id : '')
          + (element.innerText && element.innerText.trim()
              ? ' "' + element.innerText.trim().substring(0, 40) + '"' : '');
      let shown = active;
      const hidden = active.closest('.ui-helper-hidden-accessible');
      if (hidden) {
        const widget = hidden.parentElement;
        shown = widget.classList.contains('ui-state-focus')
            ? widget : (widget.querySelector('.ui-state-focus') || widget);
      } else if (active.closest('.ui-state-focus')) {
        shown = active.closest('.ui-state-focus');
      }
      shown.getAnimations().forEach(animation => animation.finish());
      const style = getComputedStyle(shown);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
          || arguments[0] && style.outlineStyle === 'auto';
      const shadowed = style.boxShadow !== 'none' && !/^rgba\\([^)]*, 0\\)/.test(style.boxShadow);
      return [describe(active), String(outlined || shadowed),
          describe(shown) + ': outline ' + style.outlineStyle + ' ' + style.outlineWidth
              + ', box-shadow ' + style.boxShadow];
      """;

  @Test
  void aCaseWorkerFindsAPersonLooksIntoADialogAndWritesANote()
      throws IOException, InterruptedException {
    Api.registerParticipant(
        Tokens.accessToken(DemoUser.FK_CASE_WORKER), FOUND_NUMBER, "Klara", "Tangentbord");
    logIn(DemoUser.FK_CASE_WORKER);

    findAndOpen("Tangentbord", "Tangentbord, Klara");
    assertEquals("Klara Tangentbord", text(By.id("participant:participant-name")));

    tabTo(By.id("participant:merge"));
    press(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("merge-dialog")));
    assertFocusGoesTo("merge-form:duplicate-number"); // the dialog's first field
    Accessibility.assertAccessible(browser, "participant page with the merge dialog open");
    press(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("merge-dialog")));
    assertFocusGoesTo("participant:merge");

    String note = "Skrivet med tangentbordet";
    tabTo(By.id("note:note-text"));
    type(note);
    tabTo(By.id("note:write-note"));
    press(Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), note));
    Accessibility.assertAccessible(browser, "participant page after writing a note");

    tabTo(By.id("participant:engagements:0:close"));
    press(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("close-dialog")));
    tabTo(By.id("close-form:end_input"));
    press(Keys.ARROW_DOWN);
    wait.until(
        driver ->
            active().findElements(By.xpath("ancestor::*[@id='close-form:end_panel']")).size() == 1);
    press(Keys.ESCAPE);
    assertOnlyTheCalendarClosed();
    // Quicker than the calendar opens: PrimeFaces' picker would ignore the key and leave it open.
    new Actions(browser).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ESCAPE).perform();
    assertOnlyTheCalendarClosed();
    press(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("close-dialog")));
    assertFocusGoesTo("participant:engagements:0:close");
    logOut();
  }

  @Test
  void aCaseWorkerRegistersAParticipantAfterBeingToldWhatIsMissing() {
    logIn(DemoUser.FK_CASE_WORKER);
    tabTo(By.id("menu-register"));
    press(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register:number")));
    Accessibility.assertAccessible(browser, "register page");

    skipToContent();
    tabTo(By.id("register:number"));
    type(REGISTERED_NUMBER);
    tabTo(By.id("register:first-name"));
    wait.until(ExpectedConditions.textToBe(By.id("register:sex_label"), "Kvinna"));
    type("Tove");
    tabTo(By.id("register:unit_label"));
    choose("register:unit", UNIT);
    tabTo(By.id("register:save"));
    press(Keys.ENTER);

    wait.until(
        ExpectedConditions.attributeToBe(By.id("register:last-name"), "aria-invalid", "true"));
    assertMessageTiedTo(By.id("register:last-name"), "efternamn");
    Accessibility.assertAccessible(browser, "register page with a missing last name");

    skipToContent();
    tabTo(By.id("register:last-name"));
    type("Tangent");
    tabTo(By.id("register:save"));
    press(Keys.ENTER);
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.id("participant:participant-name")));
    assertEquals("Tove Tangent", text(By.id("participant:participant-name")));
    Accessibility.assertAccessible(browser, "participant page after registering");
    logOut();
  }

  @Test
  void aCaseWorkerRecordsAConsentWithTheMenusAndDatePickers()
      throws IOException, InterruptedException {
    Api.registerParticipant(
        Tokens.accessToken(DemoUser.FK_CASE_WORKER), CONSENTING_NUMBER, "Signe", "Tangentbord");
    logIn(DemoUser.FK_CASE_WORKER);
    findAndOpen(CONSENTING_NUMBER, "Tangentbord, Signe");
    skipToContent();
    tabTo(By.id("participant:consents-link"));
    press(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("consents:record")));
    Accessibility.assertAccessible(browser, "consent page");

    skipToContent();
    tabTo(By.cssSelector("#consents\\:agencies input[value='AF']"));
    press(Keys.SPACE);
    tabTo(By.cssSelector("#consents\\:categories input[value='NOTES']"));
    press(Keys.SPACE);
    tabTo(By.id("consents:form"));
    selectNative(By.id("consents:form"), "DIGITAL");
    tabTo(By.id("consents:valid-until_input"));
    String until = LocalDate.parse(active().getAttribute("value")).minusMonths(1).toString();
    replaceText(until);
    press(Keys.ARROW_DOWN);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("consents:valid-until_panel")));
    Accessibility.assertAccessible(browser, "consent page with a date picker open");
    press(Keys.ESCAPE);
    wait.until(
        ExpectedConditions.invisibilityOfElementLocated(By.id("consents:valid-until_panel")));
    assertEquals("consents:valid-until_input", active().getAttribute("id"));
    tabTo(By.id("consents:record"));
    press(Keys.ENTER);

    assertSaved(By.id("consents:list:0:status"), "Gäller");
    String recorded = text(By.id("consents:list"));
    assertTrue(recorded.contains(until), until + " in " + recorded);
    assertTrue(recorded.contains("AF"), recorded);
    Accessibility.assertAccessible(browser, "consent page after recording");

    tabTo(By.id("consents:list:0:withdraw"), BACK);
    press(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("withdraw-dialog")));
    assertFocusGoesTo("withdraw-form:reason");
    Accessibility.assertAccessible(browser, "consent page with the withdraw dialog open");
    press(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("withdraw-dialog")));
    assertFocusGoesTo("consents:list:0:withdraw");
    assertEquals("Gäller", text(By.id("consents:list:0:status")), "Escape withdrew nothing");
    logOut();
  }

  @Test
  void theAuditorSearchesTheAccessLog() {
    logIn(DemoUser.AUDITOR);
    tabTo(By.id("menu-access-log"));
    press(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("log:entries")));
    Accessibility.assertAccessible(browser, "access log");

    skipToContent();
    tabTo(By.id("log:staff"));
    type(DemoUser.FK_CASE_WORKER.username());
    tabTo(By.id("log:from_input"));
    type(LocalDate.now(SWEDEN).minusDays(1).toString());
    tabTo(By.id("log:action_label"));
    choose("log:action", "Registrering");
    tabTo(By.id("log:filter"));
    press(Keys.ENTER);

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("log:entries"), DemoUser.FK_CASE_WORKER.username()));
    Chromium.settle(browser);
    String entries = text(By.id("log:entries"));
    assertTrue(entries.contains("Registrering"), entries);
    assertTrue(!entries.contains("Läsning"), "only registrations: " + entries);
    Accessibility.assertAccessible(browser, "access log filtered");
    logOut();
  }

  /**
   * Keycloak's form takes the focus to the user name; Tab leads to the password and Enter sends the
   * form. On the start page the first Tab stops on the skip link.
   */
  private void logIn(DemoUser user) {
    browser.get(TestConfiguration.baseUrl() + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    Accessibility.assertAccessible(browser, "Keycloak's login page");
    assertEquals("username", active().getAttribute("id"), "the login form focuses the user name");
    type(user.username());
    tabTo(By.id("password"));
    type(DemoUser.PASSWORD);
    press(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-name")));
    Accessibility.assertAccessible(browser, "start page");
  }

  /**
   * The log-out button is near the top: reached forwards on a page just loaded, backwards from a
   * control further down.
   */
  private void logOut() {
    tabTo(By.id("logout"), "body".equals(active().getTagName()) ? Keys.TAB : BACK);
    press(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
  }

  /** From the page the person is on: the menu's search, the query, the result, their page. */
  private void findAndOpen(String query, String resultLink) {
    tabTo(By.id("menu-participants"));
    press(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:query")));
    Accessibility.assertAccessible(browser, "search page");
    skipToContent();
    tabTo(By.id("search:query"));
    type(query);
    press(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(resultLink)));
    Accessibility.assertAccessible(browser, "search page with a result");
    tabTo(By.linkText(resultLink));
    press(Keys.ENTER);
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.id("participant:participant-name")));
    Accessibility.assertAccessible(browser, "participant page");
  }

  /**
   * The first Tab on a freshly loaded page stops on the skip link, shown on screen; Enter on it
   * puts the focus on the page's main content, so the next Tab is the content's first control.
   */
  private void skipToContent() {
    Chromium.settle(browser);
    press(Keys.TAB);
    WebElement skipLink = active();
    assertEquals(
        "skip-link", skipLink.getAttribute("class"), "the first Tab: " + describe(skipLink));
    assertFocusVisible(new ArrayList<>());
    assertTrue(
        (Boolean)
            script(
                "const box = arguments[0].getBoundingClientRect();"
                    + " return box.width > 1 && box.height > 1 && box.top >= 0 && box.left >= 0;",
                skipLink),
        "the skip link is on screen when focused");
    press(Keys.ENTER);
    wait.until(driver -> "main".equals(active().getTagName()));
  }

  /**
   * Presses Tab until the element has the focus, checking at each stop that the focus is seen;
   * fails with the stops on the way when it is not reached.
   */
  private WebElement tabTo(By target) {
    return tabTo(target, Keys.TAB);
  }

  private WebElement tabTo(By target, CharSequence key) {
    WebElement wanted = wait.until(ExpectedConditions.presenceOfElementLocated(target));
    // By its id where it has one: an ajax update on the way may render the element anew.
    String wantedId = wanted.getAttribute("id");
    List<String> stops = new ArrayList<>();
    for (int presses = 0; presses < MOST_TABS; presses++) {
      press(key);
      WebElement focused = active();
      if ("body".equals(focused.getTagName())) {
        continue; // past the last control the focus leaves the page, then starts from the top
      }
      assertFocusVisible(stops);
      if (wantedId == null || wantedId.isEmpty()
          ? focused.equals(wanted)
          : wantedId.equals(focused.getAttribute("id"))) {
        return focused;
      }
    }
    return fail(
        "Tab did not reach "
            + target
            + " in "
            + MOST_TABS
            + " presses: "
            + String.join(" → ", stops));
  }

  /** Adds the focused element to the stops and fails, naming them, if its focus cannot be seen. */
  private void assertFocusVisible(List<String> stops) {
    boolean onKeycloak = browser.getCurrentUrl().startsWith(TestConfiguration.realmUrl());
    List<?> stop = (List<?>) script(FOCUS_STOP, onKeycloak);
    if (!stops.contains(String.valueOf(stop.get(0)))) {
      stops.add(String.valueOf(stop.get(0)));
    }
    if (!Boolean.parseBoolean(String.valueOf(stop.get(1)))) {
      Chromium.screenshot(browser, "keyboard-focus-not-visible");
      fail("no visible focus on " + stop.get(2) + "; stops: " + String.join(" → ", stops));
    }
  }

  /**
   * Opens the focused PrimeFaces select menu with the space bar, moves down its options with the
   * arrow key and takes the one wanted with Enter.
   */
  private void choose(String menuId, String option) {
    press(Keys.SPACE);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(menuId + "_panel")));
    By highlighted = By.cssSelector("[id='" + menuId + "_items'] li.ui-state-highlight");
    for (int presses = 0;
        presses < 30
            && !browser.findElements(highlighted).stream()
                .anyMatch(item -> option.equals(item.getAttribute("data-label")));
        presses++) {
      press(Keys.ARROW_DOWN);
    }
    press(Keys.ENTER);
    wait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), option));
  }

  /** Moves a focused native select down with the arrow key until it shows the value. */
  private void selectNative(By select, String value) {
    for (int presses = 0;
        presses < 20 && !value.equals(browser.findElement(select).getAttribute("value"));
        presses++) {
      press(Keys.ARROW_DOWN);
    }
    assertEquals(value, browser.findElement(select).getAttribute("value"));
  }

  /**
   * Says where the message about the field is: the field's aria-describedby names it, or it is in a
   * live region that a screen reader reads as it appears.
   */
  private void assertMessageTiedTo(By field, String words) {
    WebElement input = browser.findElement(field);
    String describedBy = input.getAttribute("aria-describedby");
    String described = "";
    if (describedBy != null) {
      for (String id : describedBy.trim().split("\\s+")) {
        described += " " + browser.findElement(By.id(id)).getText();
      }
    }
    String alerted =
        (String)
            script(
                "const field = arguments[0];"
                    + " const message = document.querySelector("
                    + "   '[id=\"' + field.id.replace(/\"/g, '') + '\"] ~ .ui-message,"
                    + "   [data-target=\"' + field.id + '\"]');"
                    + " const live = message && message.closest('[role=alert], [aria-live]');"
                    + " return live ? live.innerText : '';",
                input);
    assertTrue(
        described.toLowerCase().contains(words) || alerted.toLowerCase().contains(words),
        "the message about "
            + field
            + " is named by aria-describedby (\""
            + described
            + "\") or announced (\""
            + alerted
            + "\")");
  }

  /** Waits for what the save shows; fails with the page's messages when it refused. */
  private void assertSaved(By shown, String text) {
    try {
      wait.until(ExpectedConditions.textToBe(shown, text));
    } catch (org.openqa.selenium.TimeoutException refused) {
      Chromium.screenshot(browser, "keyboard-not-saved");
      fail(
          "not saved: "
              + browser.findElements(By.cssSelector(".ui-messages, .ui-message")).stream()
                  .map(WebElement::getText)
                  .filter(message -> !message.isBlank())
                  .toList());
    }
  }

  /** Escape on the closing dialog's open calendar closed the calendar, not the dialog around it. */
  private void assertOnlyTheCalendarClosed() {
    // Gone, not just transparent: an opening calendar starts transparent.
    wait.until(
        driver ->
            "none"
                .equals(
                    script(
                        "return getComputedStyle(document.getElementById('close-form:end_panel'))"
                            + ".display")));
    assertTrue(browser.findElement(By.id("close-dialog")).isDisplayed(), "the dialog stays open");
    assertFocusGoesTo("close-form:end_input");
  }

  /**
   * The focus moves where it should: into a dialog that opens (once its animation is done), back to
   * the control that opened a dialog that closes, not to the page's top.
   */
  private void assertFocusGoesTo(String id) {
    try {
      wait.until(driver -> id.equals(active().getAttribute("id")));
    } catch (org.openqa.selenium.TimeoutException elsewhere) {
      fail("the focus went to " + describe(active()) + ", not to " + id);
    }
  }

  /** Selects what the focused field holds and types over it, as one replaces a date. */
  private void replaceText(String text) {
    new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
    type(text);
  }

  private void type(String text) {
    new Actions(browser).sendKeys(text).perform();
  }

  private void press(CharSequence key) {
    new Actions(browser).sendKeys(key).perform();
  }

  private WebElement active() {
    return browser.switchTo().activeElement();
  }

  private String text(By element) {
    return browser.findElement(element).getText();
  }

  private String describe(WebElement element) {
    return element.getTagName() + "#" + element.getAttribute("id") + " " + element.getText();
  }

  private Object script(String code, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(code, arguments);
  }
}
