package se.samsyn.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
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
 * A text longer than its field's maxlength, posted around the browser's limit, is refused next to
 * the field and nothing is saved; a text exactly at the limit, the column's length, is saved.
 */
@ExtendWith({KeycloakExtension.class, RunningApplication.class})
class MaxLengthValidatorIT {

  private static final String REGISTER = "/participant/register.xhtml";

  @Test
  void aNameLongerThanItsFieldIsRefusedNextToItAndOneAtTheLimitIsRegistered()
      throws IOException, InterruptedException {
    BrowserSession fk = BrowserSession.logIn(DemoUser.FK_CASE_WORKER);
    String unit = Long.toString(Api.firstUnit(Tokens.accessToken(DemoUser.FK_CASE_WORKER)));
    HttpResponse<String> page = fk.get(TestConfiguration.baseUrl() + REGISTER);
    Document form = Jsoup.parse(page.body());
    assertEquals("100", form.getElementById("register:first-name").attr("maxlength"));
    assertEquals("100", form.getElementById("register:city").attr("maxlength"));

    HttpResponse<String> refused =
        registration(fk, page, unit, "195108122143")
            .set("register:first-name", "A".repeat(101))
            .set("register:city", "Södertälje".repeat(11))
            .post();

    assertEquals(200, refused.statusCode());
    Document answer = Jsoup.parse(refused.body());
    assertEquals(
        "Högst 100 tecken – texten är för lång.",
        answer.select("#register\\:first-name ~ .ui-message").text(),
        refused.body());
    assertEquals(
        "Högst 100 tecken – texten är för lång.",
        answer.select("#register\\:city ~ .ui-message").text());
    assertEquals("", answer.select("#register\\:last-name ~ .ui-message").text());
    assertTrue(
        searchFinds(fk, "195108122143").equals("[]"), "nothing is registered: the page refused");

    HttpResponse<String> registered =
        registration(fk, fk.get(TestConfiguration.baseUrl() + REGISTER), unit, "195108122143")
            .set("register:first-name", "A".repeat(100))
            .post();

    assertTrue(
        registered.uri().getPath().endsWith("/participant/view.xhtml"),
        registered.uri() + "\n" + registered.body());
    assertTrue(searchFinds(fk, "195108122143").contains("A".repeat(100)));
  }

  private static FacesForm registration(
      BrowserSession session, HttpResponse<String> page, String unit, String number) {
    return FacesForm.of(session, page, "register")
        .set("register:number", number)
        .set("register:first-name", "Lena")
        .set("register:last-name", "Längd")
        .set("register:sex_input", "FEMALE")
        .set("register:unit_input", unit)
        .press("register:save");
  }

  private static String searchFinds(BrowserSession session, String number)
      throws IOException, InterruptedException {
    return Api.ok(
            Api.post(
                Tokens.accessToken(DemoUser.FK_CASE_WORKER),
                "/api/participants/search",
                "{\"query\":\"" + number + "\"}"))
        .body();
  }
}
