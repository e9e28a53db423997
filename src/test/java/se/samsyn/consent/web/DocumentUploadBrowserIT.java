package se.samsyn.consent.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.samsyn.test.Api;
import se.samsyn.test.BrowserTest;
import se.samsyn.test.Chromium;
import se.samsyn.test.DemoUser;
import se.samsyn.test.TestConfiguration;
import se.samsyn.test.Tokens;

/**
 * In Chromium, a signed form larger than the maximum gets the page that says how large it may be,
 * and leads back to the consent, which still has no document.
 */
class DocumentUploadBrowserIT extends BrowserTest {

  @Test
  void aFileAboveTheLimitGetsAPageSayingSoAndLeadsBack() throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String reference = Api.registerParticipant(fk, "194412312391", "Stor", "Fil");
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    Api.ok(
        Api.post(
            fk,
            "/api/participants/" + reference + "/consents",
            "{\"agencies\":[\"FK\",\"AF\"],\"categories\":[\"NOTES\"],\"purpose\":\"SIP\","
                + "\"form\":\"WRITTEN\",\"givenBy\":\"PARTICIPANT\",\"validFrom\":\""
                + today
                + "\",\"validUntil\":\""
                + today.plusMonths(2)
                + "\"}"));
    Path large = Files.createTempFile(Path.of("target"), "samtycke-stort-", ".pdf");
    try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
      file.write("%PDF-1.4 skannat i hög upplösning\n".getBytes(StandardCharsets.UTF_8));
      file.setLength(6 * 1024 * 1024);
    }

    Chromium.logIn(browser, DemoUser.FK_CASE_WORKER);
    browser.get(TestConfiguration.baseUrl() + "/consent/list.xhtml?ref=" + reference);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("consents:list:0:upload"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-form:confirm-upload")));
    browser
        .findElement(By.id("upload-form:file_input"))
        .sendKeys(large.toAbsolutePath().toString());
    browser.findElement(By.id("upload-form:confirm-upload")).click();

    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Filen är för stor"));
    assertAccessible("a document too large");
    assertTrue(
        browser.findElement(By.id("error-text")).getText().contains("högst 5 MB"),
        browser.findElement(By.id("error-text")).getText());
    browser.findElement(By.id("back")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("consents:list:0:upload")));
    assertEquals(
        "Samtycken", browser.findElement(By.tagName("h1")).getText(), "back on the consent page");
    assertTrue(
        browser.findElements(By.id("consents:list:0:document")).isEmpty(), "no document kept");
  }
}
