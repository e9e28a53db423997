package se.samsyn.consent.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samsyn.test.NoInternals.assertNoInternals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * The signed consent document's upload on the consent page, posted as the browser posts it, against
 * the configured maximum (the default, 5 MB): a larger upload gets a page that says so in Swedish
 * and is not read, nor kept; a smaller one is kept, and downloads with the type detected from its
 * content whatever its name.
 */
@ExtendWith({KeycloakExtension.class, RunningApplication.class})
class DocumentUploadLimitIT {

  private static final long MAXIMUM = 5 * 1024 * 1024;
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

  @Test
  void anUploadAboveTheLimitGetsAPageSayingSoAndNothingIsKept()
      throws IOException, InterruptedException {
    Consent consent = Consent.recordedFor("194611173388");
    BrowserSession fk = BrowserSession.logIn(DemoUser.FK_CASE_WORKER);

    HttpResponse<String> response =
        consent.upload(fk, "samtycke.pdf", pdf(MAXIMUM + DocumentUploadLimit.FORM_ALLOWANCE + 1));

    assertEquals(413, response.statusCode(), response.body());
    Document page = Jsoup.parse(response.body());
    assertEquals("Filen är för stor", page.selectFirst("h1").text());
    assertTrue(
        page.getElementById("error-text").text().contains("får vara högst 5 MB"),
        page.getElementById("error-text").text());
    assertEquals(consent.path(), page.getElementById("back").attr("href"));
    assertTrue(
        response.headers().firstValue("Content-Security-Policy").isPresent(),
        "the page carries the headers every answer does");
    assertNoInternals(response.body());
    assertEquals(404, consent.storedDocument().statusCode(), "nothing is kept");
    assertEquals(200, fk.get(TestConfiguration.baseUrl() + consent.path()).statusCode());
  }

  @Test
  void aDocumentJustAboveItsMaximumIsRefusedOnThePage() throws IOException, InterruptedException {
    Consent consent = Consent.recordedFor("193505098743");
    BrowserSession fk = BrowserSession.logIn(DemoUser.FK_CASE_WORKER);

    HttpResponse<String> response = consent.upload(fk, "samtycke.pdf", pdf(MAXIMUM + 1));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals(
        "Välj en fil på högst 5 MB.",
        Jsoup.parse(response.body()).getElementById("consents:messages").text());
    assertEquals(404, consent.storedDocument().statusCode(), "nothing is kept");
  }

  @Test
  void anUploadBelowTheLimitIsKeptAndDownloadsAsWhatItIsNotAsItIsNamed()
      throws IOException, InterruptedException {
    Consent consent = Consent.recordedFor("195011132098");
    BrowserSession fk = BrowserSession.logIn(DemoUser.FK_CASE_WORKER);

    HttpResponse<String> response = consent.upload(fk, "foto.png", pdf(MAXIMUM - 1));

    assertEquals(200, response.statusCode(), response.body());
    Document page = Jsoup.parse(response.body());
    assertEquals(
        "Dokumentet är sparat med samtycket.", page.getElementById("consents:messages").text());
    assertEquals("foto.png", page.getElementById("consents:list:0:document").text());
    HttpResponse<String> download =
        FacesForm.of(fk, fk.get(TestConfiguration.baseUrl() + consent.path()), "consents")
            .set("consents:list:0:document", "consents:list:0:document")
            .post();
    assertEquals(200, download.statusCode());
    assertEquals(
        "application/pdf",
        download.headers().firstValue("Content-Type").orElse(""),
        "the type detected at upload, not image/png from the name");
    assertTrue(download.body().startsWith("%PDF-"));
    HttpResponse<String> stored = consent.storedDocument();
    assertEquals(200, stored.statusCode());
    assertTrue(
        stored.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"),
        stored.headers().toString());
  }

  @Test
  void theFacesServletsPrefixMappingIsClosed() throws IOException, InterruptedException {
    BrowserSession fk = BrowserSession.logIn(DemoUser.FK_CASE_WORKER);
    BrowserSession auditor = BrowserSession.logIn(DemoUser.AUDITOR);

    assertEquals(403, fk.get(TestConfiguration.baseUrl() + "/faces/index.xhtml").statusCode());
    assertEquals(
        403,
        auditor.get(TestConfiguration.baseUrl() + "/faces/participant/search.xhtml").statusCode(),
        "no way around the folder's roles");
    assertEquals(
        403, auditor.get(TestConfiguration.baseUrl() + "/participant/search.jsf").statusCode());
  }

  /**
   * A session that has ended while the upload dialog was open: the upload is answered with the
   * login redirect before anything reads it (the client sends the body only when the server asks
   * for it with 100 Continue).
   */
  @Test
  void anUploadWithoutALoginIsSentToLogInUnread() throws IOException, InterruptedException {
    String boundary = "samsyn-upload-without-login";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"upload-form:file_input\";"
                + " filename=\"samtycke.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    body.writeBytes(pdf(MAXIMUM + DocumentUploadLimit.FORM_ALLOWANCE + 1));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));

    HttpResponse<String> response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(
                        URI.create(TestConfiguration.baseUrl() + "/consent/list.xhtml?ref=P-1"))
                    .timeout(Duration.ofSeconds(60))
                    .expectContinue(true)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(302, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Location")
            .orElse("")
            .startsWith(TestConfiguration.realmUrl()),
        response.headers().toString());
  }

  private static byte[] pdf(long size) {
    byte[] content = new byte[(int) size];
    Arrays.fill(content, (byte) ' ');
    byte[] header = "%PDF-1.4 undertecknat\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, content, 0, header.length);
    return content;
  }

  /** A consent Försäkringskassan recorded, whose signed document it may upload. */
  private record Consent(String reference, long id) {

    static Consent recordedFor(String number) throws IOException, InterruptedException {
      String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
      String reference = Api.registerParticipant(fk, number, "Uppladdning", "Storlek");
      String recorded =
          Api.ok(
                  Api.post(
                      fk,
                      "/api/participants/" + reference + "/consents",
                      "{\"agencies\":[\"FK\",\"AF\"],\"categories\":[\"NOTES\"],"
                          + "\"purpose\":\"SIP\",\"form\":\"WRITTEN\",\"givenBy\":\"PARTICIPANT\","
                          + "\"validFrom\":\""
                          + TODAY
                          + "\",\"validUntil\":\""
                          + TODAY.plusMonths(2)
                          + "\"}"))
              .body();
      return new Consent(
          reference, Api.json(recorded).asJsonObject().getJsonNumber("id").longValue());
    }

    String path() {
      return "/consent/list.xhtml?ref=" + reference;
    }

    /** Opens the upload dialog of the consent, as its button does, and uploads the file. */
    HttpResponse<String> upload(BrowserSession session, String fileName, byte[] content)
        throws IOException, InterruptedException {
      HttpResponse<String> page = session.get(TestConfiguration.baseUrl() + path());
      HttpResponse<String> opened =
          FacesForm.of(session, page, "consents")
              .pressByAjax("consents:list:0:upload", "upload-dialog")
              .post();
      return FacesForm.of(session, page, "upload-form")
          .after(opened)
          .press("upload-form:confirm-upload")
          .header("Referer", TestConfiguration.baseUrl() + path())
          .postWithFile("upload-form:file_input", fileName, content);
    }

    HttpResponse<String> storedDocument() throws IOException, InterruptedException {
      return Api.get(
          Tokens.accessToken(DemoUser.FK_CASE_WORKER), "/api/consents/" + id + "/document");
    }
  }
}
