package se.samsyn.consent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.samsyn.test.Api;
import se.samsyn.test.BrowserTest;
import se.samsyn.test.Chromium;
import se.samsyn.test.DemoUser;
import se.samsyn.test.Tokens;

/**
 * With emergency access switched on (as this test run has it), Arbetsförmedlingen's case worker
 * opens a person only Försäkringskassan knows, after giving a reason and confirming; the page lists
 * the person, who opens under a banner, and the log reviewer finds the access in the review queue
 * and reviews it.
 */
class EmergencyAccessBrowserIT extends BrowserTest {

  private static final String NUMBER = "19920927-2393";
  private static final String NOTE = "Har uttryckt tankar på att skada sig";
  private static final String REASON = "Ringde i kris, ingen annan nåbar";

  @Test
  void aCaseWorkerOpensAPersonInAnEmergencyAndTheReviewerReviewsIt()
      throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String reference = Api.registerParticipant(fk, NUMBER, "Nora", "Nöd");
    Api.post(
        fk,
        "/api/participants/" + reference + "/notes",
        "{\"date\":\"2026-11-30\",\"category\":\"NOTES\",\"text\":\"" + NOTE + "\"}");

    Chromium.logIn(browser, DemoUser.AF_CASE_WORKER);
    browser.findElement(By.id("menu-participants")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:query")))
        .sendKeys(NUMBER);
    browser.findElement(By.id("search:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:emergency-reason")))
        .sendKeys(REASON);
    assertAccessible("a search offering emergency access");
    browser.findElement(By.id("search:emergency-open")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("search:confirm-yes")));
    assertAccessible("the emergency access confirmation");
    browser.findElement(By.id("search:confirm-yes")).click();
    // The answer is the same for an unknown number; the person is then listed, through the gate.
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.id("search:emergency-accesses:0:emergency-person")))
        .click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.id("participant:emergency-banner")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), NOTE));
    assertAccessible("a participant opened in an emergency");
    assertTrue(browser.findElements(By.id("note:note-text")).isEmpty(), "AF writes nothing");
    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));

    Chromium.logIn(browser, DemoUser.AUDITOR);
    browser.findElement(By.id("menu-emergency-review")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue:accesses"), REASON));
    assertAccessible("the emergency review queue");
    int row = rowWith(REASON);
    browser.findElement(By.id("queue:accesses:" + row + ":review")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-form:note")))
        .sendKeys("Befogad, samtal med handläggaren");
    assertAccessible("the review dialog");
    browser.findElement(By.id("review-form:confirm-review")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("queue:messages"), "granskad"));
    assertAccessible("an emergency access reviewed");
    assertFalse(browser.findElement(By.id("queue:accesses")).getText().contains(REASON));
  }

  private int rowWith(String text) {
    var rows = browser.findElements(By.cssSelector("#queue\\:accesses_data > tr"));
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).getText().contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no row with " + text);
  }
}
