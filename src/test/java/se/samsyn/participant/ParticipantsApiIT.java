package se.samsyn.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samsyn.test.NoInternals.assertNoInternals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.test.Api;
import se.samsyn.test.DemoUser;
import se.samsyn.test.KeycloakExtension;
import se.samsyn.test.RunningApplication;
import se.samsyn.test.TestConfiguration;
import se.samsyn.test.Tokens;

/** The participants API as a script uses it, with tokens from the real Keycloak. */
@ExtendWith({KeycloakExtension.class, RunningApplication.class})
class ParticipantsApiIT {

  @Test
  void anInvalidNumberIsA400NamingTheFieldAndWhy() throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);

    HttpResponse<String> response =
        post(fk, "/api/participants", registration("19900317-2394", Api.firstUnit(fk)));

    assertEquals(400, response.statusCode(), response.body());
    JsonObject problem = json(response.body());
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertEquals("personalIdentityNumber", error.getString("field"));
    assertTrue(error.getString("message").contains("check digit"), error.getString("message"));
    assertNoInternals(response.body());
  }

  @Test
  void aRegisteredParticipantIsVisibleToTheOwnAuthorityAndA404ToAnother()
      throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String af = Tokens.accessToken(DemoUser.AF_CASE_WORKER);

    HttpResponse<String> created =
        post(fk, "/api/participants", registration("200305072399", Api.firstUnit(fk)));

    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    assertFalse(location.contains("200305072399"), "no number in a URL");
    assertEquals(200, get(fk, location).statusCode());
    HttpResponse<String> forAf = get(af, location);
    assertEquals(404, forAf.statusCode(), "another authority learns nothing");
    assertFalse(forAf.body().contains("Test"), forAf.body());
    JsonArray afSearch =
        json("{\"r\":"
                + post(af, "/api/participants/search", "{\"query\":\"20030507-2399\"}").body()
                + "}")
            .getJsonArray("r");
    assertTrue(afSearch.isEmpty());
    JsonArray fkSearch =
        json("{\"r\":"
                + post(fk, "/api/participants/search", "{\"query\":\"20030507-2399\"}").body()
                + "}")
            .getJsonArray("r");
    assertEquals("20030507-****", fkSearch.getJsonObject(0).getString("maskedNumber"));
  }

  @Test
  void anUnknownReferenceIsA404LikeAnotherAuthoritysParticipant()
      throws IOException, InterruptedException {
    String af = Tokens.accessToken(DemoUser.AF_CASE_WORKER);

    HttpResponse<String> response =
        get(
            af,
            TestConfiguration.baseUrl() + "/api/participants/00000000-0000-0000-0000-000000000000");

    assertEquals(404, response.statusCode());
  }

  @Test
  void anAuditorMayNotRegisterParticipants() throws IOException, InterruptedException {
    String auditor = Tokens.accessToken(DemoUser.AUDITOR);

    assertEquals(
        403, post(auditor, "/api/participants", registration("201212132391", 1)).statusCode());
  }

  private static String registration(String number, long unit) {
    return "{\"personalIdentityNumber\":\""
        + number
        + "\",\"firstName\":\"Test\",\"lastName\":\"Person\","
        + "\"sex\":\"MALE\",\"unitId\":"
        + unit
        + ",\"startDate\":\"2026-11-02\"}";
  }

  private static JsonObject json(String text) {
    return Api.json(text).asJsonObject();
  }

  private static HttpResponse<String> post(String token, String path, String body)
      throws IOException, InterruptedException {
    return Api.post(token, path, body);
  }

  private static HttpResponse<String> get(String token, String url)
      throws IOException, InterruptedException {
    return Api.get(token, url);
  }
}
