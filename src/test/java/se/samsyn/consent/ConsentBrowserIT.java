package se.samsyn.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import se.samsyn.test.Api;
import se.samsyn.test.BrowserTest;
import se.samsyn.test.Chromium;
import se.samsyn.test.DemoUser;
import se.samsyn.test.TestConfiguration;
import se.samsyn.test.Tokens;

/**
 * Försäkringskassan writes a note and records a consent for FK and AF; Arbetsförmedlingen's case
 * worker then finds the person and reads the note. Once FK withdraws the consent, AF's next page
 * load shows nothing.
 */
class ConsentBrowserIT extends BrowserTest {

  private static final String NOTE = "Arbetsträning hos Kugghjul från januari";

  @Test
  void aConsentLetsAnotherAuthorityReadANoteUntilItIsWithdrawn()
      throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String reference = Api.registerParticipant(fk, "20020831-2397", "Sara", "Samtycke");
    String participantPage =
        TestConfiguration.baseUrl() + "/participant/view.xhtml?ref=" + reference;
    String consentPage = TestConfiguration.baseUrl() + "/consent/list.xhtml?ref=" + reference;

    Chromium.logIn(browser, DemoUser.FK_CASE_WORKER);
    browser.get(participantPage);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("note:note-text")))
        .sendKeys(NOTE);
    browser.findElement(By.id("note:write-note")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), NOTE));
    assertAccessible("a participant page with a note");
    browser.get(consentPage);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("consents:record")));
    Chromium.tick(browser, "#consents\\:agencies input[value='AF']");
    Chromium.tick(browser, "#consents\\:categories input[value='NOTES']");
    Chromium.tick(browser, "#consents\\:categories input[value='IDENTITY_AND_CONTACT']");
    browser.findElement(By.id("consents:exclusions")).sendKeys("Inget om skulder");
    assertAccessible("the consent form filled in");
    browser.findElement(By.id("consents:record")).click();
    wait.until(ExpectedConditions.textToBe(By.id("consents:list:0:status"), "Gäller"));
    assertTrue(browser.findElement(By.id("consents:list")).getText().contains("Inget om skulder"));
    assertAccessible("a consent recorded");
    Path signed = Files.createTempFile(Path.of("target"), "samtycke-", ".pdf");
    Files.writeString(signed, "%PDF-1.4 undertecknat");
    browser.findElement(By.id("consents:list:0:upload")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-form:confirm-upload")));
    assertAccessible("the upload dialog");
    browser
        .findElement(By.id("upload-form:file_input"))
        .sendKeys(signed.toAbsolutePath().toString());
    browser.findElement(By.id("upload-form:confirm-upload")).click();
    wait.until(
        ExpectedConditions.textToBe(
            By.id("consents:list:0:document"), signed.getFileName().toString()));
    new Select(browser.findElement(By.id("consents:restriction-agency"))).selectByValue("REGION");
    Chromium.tick(browser, "#consents\\:restriction-categories input[value='HEALTH_DETAILS']");
    browser
        .findElement(By.id("consents:restriction-reason"))
        .sendKeys("Vill inte att Regionen får veta");
    browser.findElement(By.id("consents:restrict")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("consents:restrictions"), "Vill inte att Regionen får veta"));
    assertAccessible("a restriction recorded");
    browser.findElement(By.id("consents:restrictions:0:lift")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lift-form:lifting-reason")))
        .sendKeys("Deltagaren ändrade sig");
    assertAccessible("the lifting dialog");
    browser.findElement(By.id("lift-form:confirm-lift")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("consents:restrictions"), "Hävd av"));
    logOut();

    Chromium.logIn(browser, DemoUser.AF_CASE_WORKER);
    browser.findElement(By.id("menu-participants")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:query")))
        .sendKeys("20020831-2397");
    browser.findElement(By.id("search:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Samtycke, Sara")))
        .click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), NOTE));
    assertAccessible("a note seen through consent");
    assertTrue(
        browser
            .findElement(By.id("timeline"))
            .getText()
            .contains("1 uppgift från en annan myndighet kräver samtycke"),
        "FK's engagement is counted, not shown");
    assertTrue(browser.findElements(By.id("note:note-text")).isEmpty(), "AF is not engaged");
    browser.findElement(By.id("participant:consents-link")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("consents:list")));
    assertAccessible("the consents seen by an authority named in one");
    assertTrue(
        browser.findElements(By.id("consents:record")).isEmpty()
            && browser.findElements(By.id("consents:restrictions")).isEmpty(),
        "AF sees the consent naming it but records nothing and sees no restrictions");
    logOut();

    Chromium.logIn(browser, DemoUser.FK_CASE_WORKER);
    browser.get(consentPage);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("consents:list:0:withdraw"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("withdraw-form:reason")))
        .sendKeys("Deltagaren ångrade sig");
    assertAccessible("the withdrawal dialog");
    browser.findElement(By.id("withdraw-form:confirm-withdraw")).click();
    wait.until(ExpectedConditions.textToBe(By.id("consents:list:0:status"), "Återkallat"));
    logOut();

    Chromium.logIn(browser, DemoUser.AF_CASE_WORKER);
    browser.get(participantPage);
    assertEquals("Sidan finns inte", browser.findElement(By.tagName("h1")).getText());
    assertAccessible("a participant no longer disclosed");
    assertFalse(browser.getPageSource().contains(NOTE));
    browser.get(consentPage);
    assertEquals("Sidan finns inte", browser.findElement(By.tagName("h1")).getText());
    logOut();

    Chromium.logIn(browser, DemoUser.AUDITOR);
    browser.findElement(By.id("menu-consent-register")).click();
    String register =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register:consents")))
            .getText();
    assertAccessible("the consent register");
    assertTrue(register.contains("Återkallat"), register);
    assertTrue(register.contains("Deltagaren ångrade sig"), register);
    String consentNumber =
        browser.findElement(By.cssSelector("#register\\:consents_data tr td")).getText();
    browser.findElement(By.id("register:consents:0:reads")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("log:entries"), DemoUser.AF_CASE_WORKER.username()));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("log:entries"), "Samtycke " + consentNumber));
    assertEquals(
        consentNumber,
        browser.findElement(By.id("log:consent_input")).getAttribute("value"),
        "the log opens filtered on the consent");
    assertAccessible("the access log filtered on a consent");
  }

  @Test
  void anAuthorityConfirmsAConsentAnotherRecordedBeforeItsRecordsFlow()
      throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String af = Tokens.accessToken(DemoUser.AF_CASE_WORKER);
    String number = "195401277099";
    String reference = Api.registerParticipant(fk, number, "Bekräftas", "Samtycke");
    Api.post(
        fk,
        "/api/participants/" + reference + "/notes",
        "{\"date\":\""
            + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"))
            + "\",\"category\":\"NOTES\",\"text\":\"FK:s anteckning att bekräfta\"}");
    Api.registerParticipant(af, number, "Bekräftas", "Samtycke");
    String recorded =
        Api.post(
                af,
                "/api/participants/" + reference + "/consents",
                "{\"agencies\":[\"FK\",\"AF\"],\"categories\":[\"NOTES\"],\"purpose\":\"SIP\","
                    + "\"form\":\"ORAL_DOCUMENTED\",\"givenBy\":\"PARTICIPANT\",\"validFrom\":\""
                    + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"))
                    + "\",\"validUntil\":\""
                    + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).plusMonths(2)
                    + "\"}")
            .body();
    String consentNumber = String.valueOf(Api.json(recorded).asJsonObject().getInt("id"));
    String timeline = "/api/participants/" + reference + "/timeline";
    assertFalse(Api.get(af, timeline).body().contains("FK:s anteckning att bekräfta"));

    Chromium.logIn(browser, DemoUser.FK_CASE_WORKER);
    String awaiting =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("awaiting-consents")))
            .getText();
    assertTrue(awaiting.contains("Samtycke nr " + consentNumber + " från AF"), awaiting);
    assertAccessible("the start page with a consent to answer");
    browser.get(TestConfiguration.baseUrl() + "/consent/list.xhtml?ref=" + reference);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("consents:list"), "FK: Väntar på bekräftelse"));
    browser.findElement(By.id("consents:list:0:answer")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-form:confirm")));
    assertAccessible("the answer dialog");
    Chromium.tick(browser, "#answer-form\\:basis input[value='PRESENT_WHEN_GIVEN']");
    browser.findElement(By.id("answer-form:confirm")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("consents:messages"), "Er myndighet har bekräftat samtycket."));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("consents:list"), "FK: Bekräftat"));
    assertAccessible("a consent confirmed");
    logOut();

    assertTrue(Api.get(af, timeline).body().contains("FK:s anteckning att bekräfta"));
  }

  private void logOut() {
    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
  }
}
