package se.samsyn.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samsyn.test.NoInternals.assertNoInternals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.test.Api;
import se.samsyn.test.BrowserSession;
import se.samsyn.test.DemoUser;
import se.samsyn.test.FacesForm;
import se.samsyn.test.KeycloakExtension;
import se.samsyn.test.RunningApplication;
import se.samsyn.test.TestConfiguration;
import se.samsyn.test.Tokens;

/**
 * A form posted by hand from a page that is no longer valid (no nonce, another page's nonce, a view
 * the server no longer holds) gets the page that says so with 400, never a 500 or a stack trace,
 * and nothing of it is processed: the note it carries is not written.
 */
@ExtendWith({KeycloakExtension.class, RunningApplication.class})
class ExpiredViewFilterIT {

  private static String token;
  private static String reference;
  private static String participantPage;

  @BeforeAll
  static void registerAParticipant() throws IOException, InterruptedException {
    token = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    reference = Api.registerParticipant(token, "194602226559", "Utgången", "Vy");
    participantPage = TestConfiguration.baseUrl() + "/participant/view.xhtml?ref=" + reference;
  }

  @Test
  void aPostWithoutTheNonceIsRefusedWithTheExpiredPageAndNothingIsWritten()
      throws IOException, InterruptedException {
    BrowserSession session = BrowserSession.logIn(DemoUser.FK_CASE_WORKER);

    HttpResponse<String> response =
        note(session, "Utan nonce").without("primefaces.nonce").press("note:write-note").post();

    assertExpiredPage(response);
    assertFalse(timeline().contains("Utan nonce"), "the note was not written");
    HttpResponse<String> withNonce = note(session, "Med nonce").press("note:write-note").post();
    assertEquals(200, withNonce.statusCode(), withNonce.body());
    assertTrue(timeline().contains("Med nonce"), "the same form with its nonce writes the note");
  }

  @Test
  void aPostWithAnotherPagesNonceIsRefusedBeforeItsActionRuns()
      throws IOException, InterruptedException {
    BrowserSession session = BrowserSession.logIn(DemoUser.FK_CASE_WORKER);
    String foreign =
        Base64.getEncoder()
            .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));

    HttpResponse<String> response =
        note(session, "Främmande nonce")
            .set("primefaces.nonce", foreign)
            .press("note:write-note")
            .post();

    assertExpiredPage(response);
    assertFalse(timeline().contains("Främmande nonce"), "the note was not written");
  }

  @Test
  void aPostToAnExpiredViewGetsThePageWithALinkBackToWhereTheFormWas()
      throws IOException, InterruptedException {
    BrowserSession session = BrowserSession.logIn(DemoUser.FK_CASE_WORKER);

    HttpResponse<String> response =
        note(session, "Utgången vy")
            .set("jakarta.faces.ViewState", "-1234567890:987654321")
            .header("Referer", participantPage)
            .press("note:write-note")
            .post();

    assertExpiredPage(response);
    assertEquals(
        "/participant/view.xhtml?ref=" + reference,
        Jsoup.parse(response.body()).getElementById("reload").attr("href"),
        "reload the page the form was on, as a GET");
    assertFalse(timeline().contains("Utgången vy"));
    assertEquals(200, session.get(participantPage).statusCode(), "the page itself loads afresh");
  }

  @Test
  void anAjaxPostToAnExpiredViewGetsThePageInItsPartialResponse()
      throws IOException, InterruptedException {
    BrowserSession session = BrowserSession.logIn(DemoUser.FK_CASE_WORKER);
    HttpResponse<String> search =
        session.get(TestConfiguration.baseUrl() + "/participant/search.xhtml");

    HttpResponse<String> response =
        FacesForm.of(session, search, "search")
            .set("search:query", "Vy")
            .set("jakarta.faces.ViewState", "-1234567890:987654321")
            .pressByAjax("search:submit", "search")
            .post();

    assertEquals(200, response.statusCode(), "an ajax answer the page's script can apply");
    assertTrue(response.body().startsWith("<?xml"), response.body());
    assertTrue(response.body().contains("<partial-response"), response.body());
    assertTrue(response.body().contains("Sidan har löpt ut"), response.body());
    assertNoInternals(response.body());
  }

  private static FacesForm note(BrowserSession session, String text)
      throws IOException, InterruptedException {
    return FacesForm.of(session, session.get(participantPage), "note").set("note:note-text", text);
  }

  private static void assertExpiredPage(HttpResponse<String> response) {
    assertEquals(400, response.statusCode(), response.body());
    Document page = Jsoup.parse(response.body());
    assertEquals("Sidan har löpt ut", page.selectFirst("h1").text(), response.body());
    assertTrue(page.getElementById("error-text").text().contains("Ladda om sidan"));
    assertTrue(
        response.headers().firstValue("Content-Security-Policy").orElse("").contains("nonce-"),
        "the page is rendered as pages are, with its own nonce");
    assertNoInternals(response.body());
  }

  private static String timeline() throws IOException, InterruptedException {
    return Api.ok(Api.get(token, "/api/participants/" + reference + "/timeline")).body();
  }
}
