package se.samsyn.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samsyn.test.NoInternals.assertNoInternals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

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

  @Test
  void aSecondAuthoritysRegistrationLeavesTheFirstAuthoritysNameAlone()
      throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String af = Tokens.accessToken(DemoUser.AF_CASE_WORKER);
    String reference = Api.registerParticipant(fk, "199105202395", "Filippa", "Förstberg");

    assertEquals(reference, Api.registerParticipant(af, "19910520-2395", "Agnes", "Andraberg"));

    String forFk = Api.get(fk, "/api/participants/" + reference).body();
    assertEquals("Filippa", json(forFk).getString("firstName"));
    assertFalse(forFk.contains("Agnes") || forFk.contains("Andraberg"), forFk);
    String forAf = Api.get(af, "/api/participants/" + reference).body();
    assertEquals("Agnes", json(forAf).getString("firstName"));
    assertFalse(forAf.contains("Filippa") || forAf.contains("Förstberg"), forAf);
    assertEquals("[]", post(af, "/api/participants/search", "{\"query\":\"Förstberg\"}").body());
  }

  @Test
  void protectedIdentityIsClearedByNoRegistrationAndLiftedOnlyByTheSettingAuthority()
      throws IOException, InterruptedException {
    String region = Tokens.accessToken(DemoUser.REGION_CASE_WORKER);
    String kommun = Tokens.accessToken(DemoUser.SODERTALJE_CASE_WORKER);
    String af = Tokens.accessToken(DemoUser.AF_CASE_WORKER);
    HttpResponse<String> created =
        post(
            region,
            "/api/participants",
            registration("199001162388", Api.firstUnit(region))
                .replace("\"sex\"", "\"protectedIdentity\":true,\"sex\""));
    assertEquals(201, created.statusCode(), created.body());
    String reference = json(created.body()).getString("reference");
    String path = "/api/participants/" + reference;

    assertEquals(
        201,
        post(kommun, "/api/participants", registration("199001162388", Api.firstUnit(kommun)))
            .statusCode());

    assertTrue(json(get(kommun, path).body()).getBoolean("protectedIdentity"));
    assertTrue(json(get(region, path).body()).getBoolean("protectedIdentity"));
    HttpResponse<String> byKommun =
        post(kommun, path + "/protected-identity/lifting", "{\"reason\":\"Försök\"}");
    assertEquals(400, byKommun.statusCode(), byKommun.body());
    assertTrue(byKommun.body().contains("Only the authority that set"), byKommun.body());
    assertEquals(
        404,
        post(af, path + "/protected-identity/lifting", "{\"reason\":\"Försök\"}").statusCode(),
        "an authority that may not see the person learns nothing");
    assertEquals(400, post(region, path + "/protected-identity/lifting", "{}").statusCode());
    assertTrue(json(get(kommun, path).body()).getBoolean("protectedIdentity"));

    HttpResponse<String> lifted =
        post(region, path + "/protected-identity/lifting", "{\"reason\":\"Skyddet upphört\"}");

    assertEquals(204, lifted.statusCode(), lifted.body());
    assertFalse(json(get(kommun, path).body()).getBoolean("protectedIdentity"));
    assertEquals(204, post(kommun, path + "/protected-identity", "").statusCode());
    JsonObject forKommun = json(get(kommun, path).body());
    assertTrue(forKommun.getBoolean("protectedIdentity"));
    assertTrue(forKommun.getBoolean("protectedIdentitySetByOwnAuthority"));
  }

  @Test
  void underAConsentTheOtherAuthoritysIdentityIsShownLabelledAndFindsThePerson()
      throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String af = Tokens.accessToken(DemoUser.AF_CASE_WORKER);
    String reference = Api.registerParticipant(fk, "199110142396", "Fredrika", "Delgivensson");
    Api.registerParticipant(af, "199110142396", "Fredrika", "Egen");
    assertEquals("[]", post(af, "/api/participants/search", "{\"query\":\"Delgivensson\"}").body());

    HttpResponse<String> consent =
        post(
            fk,
            "/api/participants/" + reference + "/consents",
            "{\"agencies\":[\"FK\",\"AF\"],\"categories\":[\"IDENTITY_AND_CONTACT\"],"
                + "\"purpose\":\"SIP\",\"form\":\"WRITTEN\",\"givenBy\":\"PARTICIPANT\","
                + "\"validFrom\":\""
                + TODAY
                + "\",\"validUntil\":\""
                + TODAY.plusMonths(2)
                + "\"}");
    assertEquals(201, consent.statusCode(), consent.body());

    JsonObject forAf = json(get(af, "/api/participants/" + reference).body());
    assertEquals("Egen", forAf.getString("lastName"));
    JsonObject fromFk = forAf.getJsonArray("otherAuthorities").getJsonObject(0);
    assertEquals("FK", fromFk.getString("agency"));
    assertEquals("Delgivensson", fromFk.getString("lastName"));
    assertTrue(
        post(af, "/api/participants/search", "{\"query\":\"Delgivensson\"}")
            .body()
            .contains(reference));
  }

  @Test
  void aNumberChangeKeepsTheReferenceAndTheOldNumberFindsThePersonOnlyForTheEngaged()
      throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String af = Tokens.accessToken(DemoUser.AF_CASE_WORKER);
    String reference = Api.registerParticipant(fk, "198901222391", "Nanna", "Nyttnummer");
    String path = "/api/participants/" + reference + "/number-change";

    HttpResponse<String> invalid =
        post(fk, path, "{\"newNumber\":\"19900521-2396\",\"reason\":\"Fel\"}");
    assertEquals(400, invalid.statusCode(), invalid.body());
    assertEquals(
        "newNumber",
        json(invalid.body()).getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(
        404, post(af, path, "{\"newNumber\":\"19900521-2395\",\"reason\":\"AF\"}").statusCode());

    HttpResponse<String> changed =
        post(fk, path, "{\"newNumber\":\"19900521-2395\",\"reason\":\"Nytt personnummer\"}");

    assertEquals(204, changed.statusCode(), changed.body());
    assertTrue(search(fk, "19890122-2391").contains(reference), "the old number, for FK");
    assertTrue(search(fk, "19900521-2395").contains(reference));
    assertEquals(reference, Api.registerParticipant(af, "199005212395", "Nanna", "Nyttnummer"));
    assertTrue(search(af, "19900521-2395").contains(reference));
    assertEquals("[]", search(af, "19890122-2391"), "AF did not know the old number");
  }

  private static String search(String token, String query)
      throws IOException, InterruptedException {
    return post(token, "/api/participants/search", "{\"query\":\"" + query + "\"}").body();
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
