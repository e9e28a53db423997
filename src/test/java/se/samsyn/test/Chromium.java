package se.samsyn.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the browser tests. Where it is not installed the tests are skipped
 * with a message that says so; CI always installs it.
 */
public final class Chromium {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /** Logs in through Keycloak's form from the application's start page. */
  public static void logIn(WebDriver browser, DemoUser user) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.get(TestConfiguration.baseUrl() + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    browser.findElement(By.id("username")).sendKeys(user.username());
    browser.findElement(By.id("password")).sendKeys(DemoUser.PASSWORD);
    browser.findElement(By.id("kc-login")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-name")));
  }

  /**
   * Chooses an option of a PrimeFaces select menu as a person does. The menu opens with an
   * animation, and a click during it can be lost, so the choice is checked and repeated.
   */
  public static void choose(WebDriver browser, String menuId, String option) {
    By label = By.id(menuId + "_label");
    By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + option + "']");
    for (int attempt = 0; attempt < 3; attempt++) {
      if (browser.findElements(item).stream().noneMatch(WebElement::isDisplayed)) {
        browser.findElement(By.id(menuId)).click();
      }
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(ExpectedConditions.elementToBeClickable(item))
          .click();
      try {
        new WebDriverWait(browser, Duration.ofSeconds(5))
            .until(ExpectedConditions.textToBe(label, option));
        // Closed, not fading out: a check of the page meanwhile would still find its list.
        new WebDriverWait(browser, Duration.ofSeconds(5))
            .until(
                driver ->
                    Boolean.TRUE.equals(
                        ((JavascriptExecutor) driver)
                            .executeScript(
                                "const panel = document.getElementById(arguments[0]);"
                                    + " return !panel || getComputedStyle(panel).display === 'none';",
                                menuId + "_panel")));
        return;
      } catch (org.openqa.selenium.TimeoutException lostClick) {
        // the panel was still opening when clicked; try again
      }
    }
    throw new IllegalStateException("Could not choose " + option + " in " + menuId);
  }

  /**
   * Ticks a checkbox with the space bar, as a keyboard user does, and waits until it is ticked. A
   * mouse click on the boxes of a long h:selectManyCheckbox table is sometimes delivered beside the
   * box in headless Chromium, leaving it unticked without an error.
   */
  public static void tick(WebDriver browser, String cssSelector) {
    WebElement box = browser.findElement(By.cssSelector(cssSelector));
    if (!box.isSelected()) {
      try {
        box.sendKeys(Keys.SPACE);
      } catch (ElementNotInteractableException hidden) {
        // PrimeFaces' radio buttons hide their input; Debian's Chromium 150 refuses keys to it, so
        // the option is chosen by its label, as a user clicking the text does.
        browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).click();
      }
    }
    new WebDriverWait(browser, Duration.ofSeconds(5))
        .until(ExpectedConditions.elementToBeSelected(box));
  }

  /**
   * Waits until the page has loaded, PrimeFaces' ajax queue is empty and jQuery's animations (menus
   * and dialogs opening) have ended: what a user sees once the page stands still.
   */
  public static void settle(WebDriver browser) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            driver ->
                (Boolean)
                    ((JavascriptExecutor) driver)
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                                + " && (!window.jQuery || jQuery(':animated').length === 0);"));
  }

  /** Keeps what the user saw in target/screenshots, for people reviewing a change. */
  public static void screenshot(WebDriver browser, String name) {
    try {
      Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static WebDriver start() {
    boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    if (!installed) {
      System.out.println("skipped: no chromium (install chromium and chromium-driver)");
    }
    Assumptions.assumeTrue(
        installed, "skipped: no chromium (install chromium and chromium-driver)");
    try {
      Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--window-size=1280,800",
          "--lang=sv",
          "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
          "--user-data-dir=" + profile.toAbsolutePath());
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      return new ChromeDriver(service, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
