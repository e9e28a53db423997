package se.samsyn.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.samsyn.test.BrowserTest;
import se.samsyn.test.Chromium;
import se.samsyn.test.DemoUser;
import se.samsyn.test.TestConfiguration;

/** A person in Chromium logs in through Keycloak's form, sees the start page and a 403 page. */
class LoginBrowserIT extends BrowserTest {

  @ParameterizedTest
  @EnumSource(
      value = DemoUser.class,
      names = {"FK_CASE_WORKER", "SODERTALJE_CASE_WORKER"})
  void aCaseWorkerLogsInSeesTheirAuthorityAndIsRefusedTheAdministration(DemoUser user) {
    Chromium.logIn(browser, user);

    assertEquals(user.fullName(), browser.findElement(By.id("profile-name")).getText());
    assertTrue(browser.findElement(By.id("profile-agency")).getText().contains(user.agency()));
    assertTrue(browser.findElement(By.id("current-user")).getText().contains(user.fullName()));
    assertAccessible("the start page of " + user.username());
    assertTrue(
        browser.findElements(By.id("menu-organisation")).isEmpty(),
        "no menu entry the roles do not allow");

    browser.findElement(By.linkText("English")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Home"));
    assertAccessible("the start page in English of " + user.username());
    browser.findElement(By.linkText("Svenska")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Start"));

    browser.get(TestConfiguration.baseUrl() + "/admin/organisation.xhtml");
    assertEquals("Åtkomst nekad", browser.findElement(By.tagName("h1")).getText());
    assertTrue(browser.findElement(By.id("error-text")).getText().contains("behörighet"));
    assertAccessible("the administration refused to " + user.username());

    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
  }
}
