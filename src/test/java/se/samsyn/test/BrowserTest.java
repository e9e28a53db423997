package se.samsyn.test;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A test that drives headless Chromium against the running application and Keycloak. */
@ExtendWith({KeycloakExtension.class, RunningApplication.class})
public abstract class BrowserTest {

  protected WebDriver browser;
  protected WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = Chromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    // An ajax update may render anew the element a condition has just found; look again.
    wait.ignoring(StaleElementReferenceException.class);
  }

  /**
   * Checks the page as it stands against WCAG 2.1 AA ({@link Accessibility}) and keeps a screenshot
   * of it: called at every page and dialog a test reaches.
   */
  protected void assertAccessible(String where) {
    Accessibility.assertAccessible(browser, where);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }
}
