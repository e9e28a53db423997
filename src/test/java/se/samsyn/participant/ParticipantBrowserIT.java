package se.samsyn.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.samsyn.test.BrowserTest;
import se.samsyn.test.Chromium;
import se.samsyn.test.DemoUser;
import se.samsyn.test.TestConfiguration;

/** A case worker registers, finds and opens a participant; another authority finds nothing. */
class ParticipantBrowserIT extends BrowserTest {

  private static final String NUMBER = "20130711-2399";

  @Test
  void fkRegistersFindsAndOpensAParticipantWhomAfCannotFind() {
    Chromium.logIn(browser, DemoUser.FK_CASE_WORKER);
    browser.findElement(By.id("menu-register")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register:number")));
    browser.findElement(By.id("register:number")).sendKeys(NUMBER);
    browser.findElement(By.id("register:first-name")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("register:sex_label"), "Man"));
    browser.findElement(By.id("register:first-name")).sendKeys("Nils");
    browser.findElement(By.id("register:last-name")).sendKeys("Webbläsare");
    Chromium.choose(browser, "register:unit", "Lokalt försäkringscenter Södertälje");
    assertAccessible("the registration form filled in");
    browser.findElement(By.id("register:save")).click();

    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.id("participant:participant-name")));
    assertEquals(
        "Nils Webbläsare", browser.findElement(By.id("participant:participant-name")).getText());
    assertEquals("20130711-****", browser.findElement(By.id("participant:number-value")).getText());
    assertAccessible("a participant just registered");

    browser.findElement(By.id("menu-participants")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:query")));
    browser.findElement(By.id("search:query")).sendKeys("Webbläsare");
    browser.findElement(By.id("search:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Webbläsare, Nils")));
    assertAccessible("search results");
    browser.findElement(By.linkText("Webbläsare, Nils")).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.id("participant:participant-name")));
    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));

    Chromium.logIn(browser, DemoUser.AF_CASE_WORKER);
    browser.get(TestConfiguration.baseUrl() + "/participant/search.xhtml");
    browser.findElement(By.id("search:query")).sendKeys(NUMBER);
    browser.findElement(By.id("search:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:register-found")));
    assertEquals(
        "Ingen träff hos er myndighet — registrera?",
        browser.findElement(By.id("search:register-found")).getText());
    assertTrue(browser.findElements(By.linkText("Webbläsare, Nils")).isEmpty());
    assertAccessible("a search without a hit");
    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));

    Chromium.logIn(browser, DemoUser.AUDITOR);
    browser.findElement(By.id("menu-access-log")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("log:entries")));
    assertAccessible("the access log with entries");
    String log = browser.findElement(By.id("log:entries")).getText();
    assertTrue(log.contains(DemoUser.FK_CASE_WORKER.username()), log);
    assertTrue(log.contains("Nekad") || log.contains(DemoUser.AF_CASE_WORKER.username()), log);
    browser.findElement(By.id("log:verify")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("log:verification-result")));
    assertAccessible("the access log verified");
  }

  @Test
  void aCaseWorkerJoinsTwoRegistrationsOfOnePersonFromTheParticipantPage()
      throws java.io.IOException, InterruptedException {
    String fk = se.samsyn.test.Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String duplicate =
        se.samsyn.test.Api.registerParticipant(fk, "195401258479", "Dubbel", "Registrering");
    se.samsyn.test.Api.ok(
        se.samsyn.test.Api.post(
            fk,
            "/api/participants/" + duplicate + "/notes",
            "{\"date\":\""
                + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"))
                + "\",\"category\":\"NOTES\",\"text\":\"Skrivet på fel nummer\"}"));
    String survivor =
        se.samsyn.test.Api.registerParticipant(fk, "195402092638", "Dubbel", "Registrering");

    Chromium.logIn(browser, DemoUser.FK_CASE_WORKER);
    browser.get(TestConfiguration.baseUrl() + "/participant/view.xhtml?ref=" + survivor);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("participant:merge"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("merge-form:duplicate-number")))
        .sendKeys("19540125-8479");
    assertAccessible("the merge dialog");
    browser
        .findElement(By.id("merge-form:merge-reason"))
        .sendKeys("Samma person, registrerad två gånger");
    browser.findElement(By.id("merge-form:confirm-merge")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("participant:messages"), "Registreringarna är sammanslagna."));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("timeline"), "Skrivet på fel nummer"));
    assertAccessible("two registrations merged");
    browser.get(TestConfiguration.baseUrl() + "/participant/view.xhtml?ref=" + duplicate);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("timeline"), "Skrivet på fel nummer"));
    assertTrue(
        browser.findElement(By.id("participant:number-value")).getText().startsWith("19540209"),
        "the old reference leads to the survivor");
    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
  }
}
