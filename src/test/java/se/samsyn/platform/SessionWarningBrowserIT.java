package se.samsyn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samsyn.test.BrowserTest;
import se.samsyn.test.Chromium;
import se.samsyn.test.DemoUser;

/**
 * Before the session ends the page warns, and a keyboard user continues with Enter, which keeps the
 * session on the server; left alone, the page says the user has been logged out and offers to log
 * in again (WCAG 2.2.1). The page's clock runs sixty times faster here: every timer the page sets
 * is shortened by a script Chromium runs before the page's own, so the 30-minute session's warning
 * comes after 25 seconds and its end 5 seconds later.
 */
class SessionWarningBrowserIT extends BrowserTest {

  private static final String FASTER_TIMERS =
      "const setTimer = window.setTimeout;"
          + "window.setTimeout = (task, delay, ...rest) => setTimer(task, (delay || 0) / 60, ...rest);";

  @Test
  void theUserIsWarnedContinuesWithTheKeyboardAndIsToldWhenTheSessionHasEnded() {
    Chromium.logIn(browser, DemoUser.COORDINATOR);
    ((ChromeDriver) browser)
        .executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument", Map.of("source", FASTER_TIMERS));
    browser.navigate().refresh();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-name")));

    awaitWarning(browser);
    assertEquals(
        "session-continue",
        browser.switchTo().activeElement().getAttribute("id"),
        "the warning takes the focus to its button");
    assertAccessible("the warning before the session ends");
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    WebElement dialog = browser.findElement(By.id("session-warning"));
    wait.until(driver -> !"true".equals(dialog.getDomProperty("open")));
    assertTrue(
        browser.findElement(By.id("session-continue")).getDomProperty("hidden").equals("false"),
        "closed because the server kept the session, not because it ended");

    awaitWarning(browser);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("session-ended-text")));
    assertEquals(
        "session-login",
        browser.switchTo().activeElement().getAttribute("id"),
        "the way back is focused");
    assertAccessible("the session ended");
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-name")));
  }

  /** The warning comes 25 seconds after the last request, at the page's faster clock. */
  private static void awaitWarning(WebDriver browser) {
    new WebDriverWait(browser, Duration.ofSeconds(45))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("session-warning-text")));
  }
}
