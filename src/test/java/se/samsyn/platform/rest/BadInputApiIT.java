package se.samsyn.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samsyn.test.NoInternals.assertNoInternals;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.test.Api;
import se.samsyn.test.DemoUser;
import se.samsyn.test.KeycloakExtension;
import se.samsyn.test.RunningApplication;
import se.samsyn.test.TestConfiguration;
import se.samsyn.test.Tokens;

/** The 400s a careless client gets: each bad field named, in the language it asks for. */
@ExtendWith({KeycloakExtension.class, RunningApplication.class})
class BadInputApiIT {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Test
  void anUnknownSexAWrongUnitTypeAndAnImpossibleDateAreEachNamed()
      throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);

    HttpResponse<String> response =
        send(
            fk,
            "POST",
            "/api/participants",
            "{\"personalIdentityNumber\":\"199705042381\",\"firstName\":\"Ada\","
                + "\"lastName\":\"Fel\",\"sex\":\"UNKNOWN\",\"unitId\":\"x\","
                + "\"startDate\":\"2026-02-30\",\"shoeSize\":44}",
            "en");

    JsonObject problem = problem(response);
    assertEquals(List.of("shoeSize", "sex", "unitId", "startDate"), fields(problem));
    assertTrue(message(problem, "sex").contains("FEMALE"), message(problem, "sex"));
    assertTrue(message(problem, "startDate").contains("date"), message(problem, "startDate"));
  }

  @Test
  void noBodyAnEmptyBodyAndBrokenJsonAreA400ForTheBody() throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    HttpResponse<String> noContentType =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(TestConfiguration.baseUrl() + "/api/participants"))
                .header("Authorization", "Bearer " + fk)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(List.of("body"), fields(problem(noContentType)));
    for (String body : List.of("", "{\"firstName\":", "[]", "null")) {
      assertEquals(
          List.of("body"),
          fields(problem(send(fk, "POST", "/api/participants", body, "en"))),
          body);
    }
  }

  @Test
  void anOverLongContactFieldAndAControlCharacterAreNamedInSwedish()
      throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String reference = Api.registerParticipant(fk, "199604022393", "Cilla", "Längdsson");

    String path = "/api/participants/" + reference + "/contact";
    String swedish = "sv-SE,sv;q=0.9,en;q=0.5";

    JsonObject tooLong =
        problem(send(fk, "PUT", path, "{\"city\":\"" + "S".repeat(101) + "\"}", swedish));
    JsonObject control = problem(send(fk, "PUT", path, "{\"phone\":\"08\\u0007123\"}", swedish));

    assertEquals(List.of("city"), fields(tooLong));
    assertEquals("Högst 100 tecken.", message(tooLong, "city"));
    assertEquals(List.of("phone"), fields(control));
    assertEquals("Texten innehåller styrtecken.", message(control, "phone"));
  }

  @Test
  void aConsentWithAnUnknownCategoryNamesTheCategories() throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String reference = Api.registerParticipant(fk, "198403042388", "Dora", "Kategorisson");

    JsonObject problem =
        problem(
            send(
                fk,
                "POST",
                "/api/participants/" + reference + "/consents",
                "{\"agencies\":[\"FK\",\"AF\"],\"categories\":[\"EVERYTHING\"],"
                    + "\"purpose\":\"SIP\",\"form\":\"WRITTEN\",\"givenBy\":\"PARTICIPANT\","
                    + "\"validFrom\":\"2026-01-01\",\"validUntil\":\"2026-13-01\"}",
                "en"));

    assertEquals(List.of("categories", "validUntil"), fields(problem));
    assertTrue(message(problem, "categories").contains("NOTES"), message(problem, "categories"));
  }

  /** JSON-B would narrow the number to -1, a page size the database refuses. */
  @Test
  void aNumberTooLargeForItsFieldIsNamedAndANegativePageSizeIsOne()
      throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);

    JsonObject problem =
        problem(
            send(
                fk,
                "POST",
                "/api/participants/search",
                "{\"pageSize\":9223372036854775807,\"first\":2.5}",
                "en"));
    HttpResponse<String> negative =
        send(fk, "POST", "/api/participants/search", "{\"pageSize\":-5}", "en");

    assertEquals(List.of("first", "pageSize"), fields(problem));
    assertEquals(200, negative.statusCode(), negative.body());
  }

  @Test
  void aRuleAboutOneFieldNamesItWithTheRulesOwnWords() throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String reference = Api.registerParticipant(fk, "194712032343", "Regel", "Fältsson");
    String swedish = "sv-SE,sv;q=0.9";
    String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();

    JsonObject futureNote =
        problem(
            send(
                fk,
                "POST",
                "/api/participants/" + reference + "/notes",
                "{\"date\":\"2999-01-01\",\"category\":\"NOTES\",\"text\":\"Sen\"}",
                swedish));
    JsonObject endBeforeStart =
        problem(send(fk, "POST", consents(reference), consent(today, "2000-01-01", ""), "en"));
    JsonObject longExclusions =
        problem(
            send(
                fk, "POST", consents(reference), consent(today, today, "X".repeat(1001)), swedish));

    assertEquals(List.of("date"), fields(futureNote));
    assertEquals(futureNote.getString("detail"), message(futureNote, "date"));
    assertTrue(message(futureNote, "date").contains("kommande datum"), message(futureNote, "date"));
    assertEquals(List.of("validUntil"), fields(endBeforeStart));
    assertEquals(List.of("exclusions"), fields(longExclusions));
    assertEquals("Texten är för lång (högst 1000 tecken).", message(longExclusions, "exclusions"));
  }

  @Test
  void aWithdrawalWithoutAReasonNamesTheReasonAndARuleAboutTheWholeNamesNoField()
      throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String reference = Api.registerParticipant(fk, "193910108020", "Helhet", "Regelsson");
    String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
    HttpResponse<String> recorded =
        send(fk, "POST", consents(reference), consent(today, today, ""), "en");
    assertEquals(201, recorded.statusCode(), recorded.body());
    String withdrawal =
        "/api/consents/" + Api.json(recorded.body()).asJsonObject().getInt("id") + "/withdrawal";

    JsonObject noReason = problem(send(fk, "POST", withdrawal, "{\"reason\":\" \"}", "en"));
    HttpResponse<String> withdrawn =
        send(fk, "POST", withdrawal, "{\"reason\":\"Ångrade sig\"}", "en");
    assertEquals(2, withdrawn.statusCode() / 100, withdrawn.body());
    JsonObject again = problem(send(fk, "POST", withdrawal, "{\"reason\":\"Igen\"}", "en"));

    assertEquals(List.of("reason"), fields(noReason));
    assertFalse(again.containsKey("errors"), "withdrawn already: no field is wrong " + again);
    assertTrue(again.getString("detail").contains("withdrawn"), again.toString());
  }

  @Test
  void aPeriodOfTheLogThatIsNoPeriodNamesItsParameterInSwedish()
      throws IOException, InterruptedException {
    String auditor = Tokens.accessToken(DemoUser.AUDITOR);
    String verification = "/api/audit/verification";

    JsonObject notAnInstant =
        problem(
            send(
                auditor,
                "GET",
                verification + "?from=ig%C3%A5r&to=2026-11-23T00:00:00Z",
                "",
                "sv"));
    JsonObject onlyFrom =
        problem(send(auditor, "GET", verification + "?from=2026-11-22T00:00:00Z", "", "sv"));
    JsonObject reversed =
        problem(
            send(
                auditor,
                "GET",
                verification + "?from=2026-11-23T00:00:00Z&to=2026-11-22T00:00:00Z",
                "",
                "sv"));
    JsonObject entries =
        problem(send(auditor, "GET", "/api/audit/entries?to=23%20november", "", "sv"));

    assertEquals(List.of("from"), fields(notAnInstant));
    assertTrue(message(notAnInstant, "from").contains("ISO 8601"), notAnInstant.toString());
    assertEquals(List.of("to"), fields(onlyFrom));
    assertTrue(message(onlyFrom, "to").contains("både från och till"), onlyFrom.toString());
    assertEquals(List.of("to"), fields(reversed));
    assertTrue(message(reversed, "to").contains("efter från"), reversed.toString());
    assertEquals(List.of("to"), fields(entries));
  }

  private static String consents(String reference) {
    return "/api/participants/" + reference + "/consents";
  }

  private static String consent(String from, String until, String exclusions) {
    return "{\"agencies\":[\"FK\",\"AF\"],\"categories\":[\"NOTES\"],\"purpose\":\"SIP\","
        + "\"form\":\"WRITTEN\",\"givenBy\":\"PARTICIPANT\",\"exclusions\":\""
        + exclusions
        + "\",\"validFrom\":\""
        + from
        + "\",\"validUntil\":\""
        + until
        + "\"}";
  }

  private static HttpResponse<String> send(
      String token, String method, String path, String body, String language)
      throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(TestConfiguration.baseUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept-Language", language)
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject problem(HttpResponse<String> response) {
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE));
    assertNoInternals(response.body());
    return Api.json(response.body()).asJsonObject();
  }

  private static List<String> fields(JsonObject problem) {
    return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(error -> error.getString("field"))
        .toList();
  }

  private static String message(JsonObject problem, String field) {
    return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .filter(error -> error.getString("field").equals(field))
        .map(error -> ((JsonString) error.get("message")).getString())
        .findFirst()
        .orElseThrow();
  }
}
