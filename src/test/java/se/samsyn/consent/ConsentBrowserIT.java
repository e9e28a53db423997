package se.samsyn.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.samsyn.test.Api;
import se.samsyn.test.BrowserTest;
import se.samsyn.test.Chromium;
import se.samsyn.test.DemoUser;
import se.samsyn.test.TestConfiguration;
import se.samsyn.test.Tokens;

/** FK records a consent for FK and AF on notes, then withdraws it; AF cannot open FK's page. */
class ConsentBrowserIT extends BrowserTest {

  @Test
  void aCaseWorkerRecordsAndWithdrawsAConsent() throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    long unit =
        Api.json(Api.get(fk, "/api/units").body())
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> created =
        Api.post(
            fk,
            "/api/participants",
            "{\"personalIdentityNumber\":\"20020831-2397\",\"firstName\":\"Sara\",\"lastName\":\"Samtycke\","
                + "\"sex\":\"FEMALE\",\"unitId\":"
                + unit
                + "}");
    String location = created.headers().firstValue("Location").orElseThrow();
    String consentPage =
        TestConfiguration.baseUrl()
            + "/consent/list.xhtml?ref="
            + location.substring(location.lastIndexOf('/') + 1);

    Chromium.logIn(browser, DemoUser.FK_CASE_WORKER);
    browser.get(consentPage);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("consents:record")));
    browser.findElement(By.cssSelector("#consents\\:agencies input[value='AF']")).click();
    browser.findElement(By.cssSelector("#consents\\:categories input[value='NOTES']")).click();
    browser.findElement(By.id("consents:exclusions")).sendKeys("Inget om skulder");
    browser.findElement(By.id("consents:record")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("consents:messages")));
    Chromium.screenshot(browser, "consent-recorded");
    wait.until(ExpectedConditions.textToBe(By.id("consents:list:0:status"), "Gäller"));
    assertTrue(browser.findElement(By.id("consents:list")).getText().contains("Inget om skulder"));

    browser.findElement(By.id("consents:list:0:withdraw")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("withdraw-form:reason")));
    browser.findElement(By.id("withdraw-form:reason")).sendKeys("Deltagaren ångrade sig");
    browser.findElement(By.id("withdraw-form:confirm-withdraw")).click();
    wait.until(ExpectedConditions.textToBe(By.id("consents:list:0:status"), "Återkallat"));
    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));

    Chromium.logIn(browser, DemoUser.AF_CASE_WORKER);
    browser.get(consentPage);
    assertEquals("Sidan finns inte", browser.findElement(By.tagName("h1")).getText());
  }
}
