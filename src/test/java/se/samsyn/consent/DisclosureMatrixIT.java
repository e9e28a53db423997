package se.samsyn.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samsyn.test.Api.ok;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.platform.ResourcePaths;
import se.samsyn.test.Api;
import se.samsyn.test.BrowserSession;
import se.samsyn.test.DemoUser;
import se.samsyn.test.KeycloakExtension;
import se.samsyn.test.RunningApplication;
import se.samsyn.test.TestConfiguration;
import se.samsyn.test.Tokens;

/**
 * The consent rule from every side of the REST API and the pages: Försäkringskassan registers a
 * person and writes a note; Arbetsförmedlingen's case worker then tries every endpoint that takes a
 * participant, under each kind of consent situation. Content is shown only under a valid consent,
 * every attempt is logged with the right decision, and a refusal reads exactly like an unknown
 * participant. The endpoints come from the JAX-RS annotations and the pages from the views that
 * take a participant reference, so a new one without an entry here fails the test.
 */
@ExtendWith({KeycloakExtension.class, RunningApplication.class})
class DisclosureMatrixIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

  /** What Arbetsförmedlingen, not engaged, gets from an endpoint under a valid consent. */
  private enum UnderValidConsent {
    SHOWN,
    NOT_FOUND
  }

  private static final Map<String, UnderValidConsent> PARTICIPANT_ENDPOINTS =
      Map.ofEntries(
          Map.entry("GET /participants/{reference}", UnderValidConsent.SHOWN),
          Map.entry("GET /participants/{reference}/timeline", UnderValidConsent.SHOWN),
          Map.entry("GET /participants/{reference}/consents", UnderValidConsent.SHOWN),
          Map.entry("GET /participants/{reference}/restrictions", UnderValidConsent.NOT_FOUND),
          Map.entry("PUT /participants/{reference}/contact", UnderValidConsent.NOT_FOUND),
          Map.entry("POST /participants/{reference}/engagements", UnderValidConsent.NOT_FOUND),
          Map.entry(
              "POST /participants/{reference}/engagements/{engagement}/closure",
              UnderValidConsent.NOT_FOUND),
          Map.entry("POST /participants/{reference}/consents", UnderValidConsent.NOT_FOUND),
          Map.entry("POST /participants/{reference}/restrictions", UnderValidConsent.NOT_FOUND),
          Map.entry("POST /participants/{reference}/notes", UnderValidConsent.NOT_FOUND),
          Map.entry("POST /participants/{reference}/merger", UnderValidConsent.NOT_FOUND),
          Map.entry(
              "POST /participants/{reference}/protected-identity", UnderValidConsent.NOT_FOUND),
          Map.entry(
              "POST /participants/{reference}/protected-identity/lifting",
              UnderValidConsent.NOT_FOUND),
          Map.entry("POST /participants/{reference}/number-change", UnderValidConsent.NOT_FOUND));

  /** Endpoints that take the id of a record rather than a participant: tried in the IDOR test. */
  private static final Set<String> RECORD_ENDPOINTS =
      Set.of(
          "POST /consents/{id}/withdrawal",
          "POST /consents/{id}/confirmation",
          "POST /consents/{id}/decline",
          "POST /consents/{id}/confirmation/revocation",
          "PUT /consents/{id}/document",
          "GET /consents/{id}/document",
          "POST /restrictions/{id}/lifting");

  /**
   * Endpoints that take a participant, a number or a record id in the body or query string, and the
   * test that tries them from another authority.
   */
  private static final Map<String, String> BODY_AND_QUERY_ENDPOINTS =
      Map.of(
          "POST /participants",
          "anAuthorityReachesNoRecordOfAnotherThroughAPersonBothKnow (a known number registers"
              + " like a new one)",
          "POST /participants/search",
          "searchFindsThePersonOnlyUnderAValidConsent, aNameKnownOnlyToAnotherAuthorityFindsNoOne",
          "POST /emergency-access",
          "AuditorScopeIT (a known and an unknown number answer alike)",
          "GET /audit/entries",
          "theAuditFiltersReachNothingForACaseWorker, AuditorScopeIT",
          "GET /audit/entries.csv",
          "theAuditFiltersReachNothingForACaseWorker, AuditorScopeIT");

  /** The servlets; none takes a participant or a record id. */
  private static final Set<String> SERVLETS =
      Set.of(
          "se.samsyn.platform.OpenApiServlet",
          "se.samsyn.security.BackChannelLogoutServlet",
          "se.samsyn.security.LogoutServlet",
          "se.samsyn.security.SessionKeepAliveServlet");

  /**
   * The pages that show a participant (they take a "ref"), and what shows their content: on the
   * consent page, the status cell of a real consent row (a header or hint would not do).
   */
  private static final Map<String, Function<Person, String>> PARTICIPANT_PAGES =
      Map.of(
          "participant/view.xhtml",
          Person::note,
          "consent/list.xhtml",
          person -> "id=\"consents:list:0:status\">Gäller<");

  /** The case workers of every authority but Försäkringskassan, the one that wrote. */
  private static final List<DemoUser> READERS =
      List.of(
          DemoUser.AF_CASE_WORKER,
          DemoUser.REGION_CASE_WORKER,
          DemoUser.SODERTALJE_CASE_WORKER,
          DemoUser.NYKVARN_CASE_WORKER);

  /**
   * Each situation is arranged for Arbetsförmedlingen; "other authority" is a valid consent for the
   * Region, which is therefore the one reader that sees content there.
   */
  private enum Situation {
    NO_CONSENT("198411212395", null),
    OTHER_CATEGORY("200001092386", null),
    OTHER_AUTHORITY("199109282393", DemoUser.REGION_CASE_WORKER),
    EXPIRED("200001112382", null),
    WITHDRAWN("200103132387", null),
    RESTRICTED("200205082399", null),
    VALID("200203282389", DemoUser.AF_CASE_WORKER);

    private final String number;
    private final DemoUser consentedReader;

    Situation(String number, DemoUser consentedReader) {
      this.number = number;
      this.consentedReader = consentedReader;
    }

    DemoUser consentedReader() {
      return consentedReader;
    }
  }

  private static final Map<Situation, Person> PEOPLE = new EnumMap<>(Situation.class);
  private static String fk;
  private static String af;
  private static String auditor;

  private record Person(
      String reference, long engagement, String note, long consent, long restriction) {}

  @BeforeAll
  static void fkRegistersOnePersonPerSituation() throws IOException, InterruptedException {
    fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    af = Tokens.accessToken(DemoUser.AF_CASE_WORKER);
    auditor = Tokens.accessToken(DemoUser.AUDITOR);
    for (Situation situation : Situation.values()) {
      String reference =
          Api.registerParticipant(
              fk, situation.number, "Matris", "Efternamn" + situation.ordinal());
      long engagement =
          json(ok(Api.get(fk, "/api/participants/" + reference)).body())
              .getJsonArray("engagements")
              .getJsonObject(0)
              .getJsonNumber("id")
              .longValue();
      String note = "Anteckning om " + situation.name().toLowerCase();
      ok(
          Api.post(
              fk,
              "/api/participants/" + reference + "/notes",
              "{\"date\":\"" + TODAY + "\",\"category\":\"NOTES\",\"text\":\"" + note + "\"}"));
      long consent = arrange(situation, reference);
      long restriction =
          situation == Situation.RESTRICTED
              ? restrict(reference, "\"IDENTITY_AND_CONTACT\",\"NOTES\"")
              : 0;
      PEOPLE.put(situation, new Person(reference, engagement, note, consent, restriction));
    }
  }

  @Test
  void everyEndpointThatTakesAnIdIsCoveredHere() {
    Set<String> uncovered = new TreeSet<>();
    for (String endpoint : ResourcePaths.endpoints()) {
      if (endpoint.contains("{")
          && !PARTICIPANT_ENDPOINTS.containsKey(endpoint)
          && !RECORD_ENDPOINTS.contains(endpoint)) {
        uncovered.add(endpoint);
      }
    }
    assertEquals(Set.of(), uncovered, "endpoints without a disclosure test");
  }

  @Test
  void everyEndpointThatTakesAnIdInItsBodyOrQueryAndEveryServletIsCoveredHere() {
    assertEquals(
        BODY_AND_QUERY_ENDPOINTS.keySet(),
        ResourcePaths.endpointsTakingIdsOutsideThePath().stream()
            .filter(endpoint -> !PARTICIPANT_ENDPOINTS.containsKey(endpoint))
            .filter(endpoint -> !RECORD_ENDPOINTS.contains(endpoint))
            .collect(java.util.stream.Collectors.toSet()),
        "endpoints taking an id in the body or query without a disclosure test");
    assertEquals(SERVLETS, ResourcePaths.servlets(), "servlets without a disclosure test");
  }

  @Test
  void aNameKnownOnlyToAnotherAuthorityFindsNoOne() throws IOException, InterruptedException {
    for (DemoUser reader : READERS) {
      String found =
          ok(Api.post(
                  Tokens.accessToken(reader),
                  "/api/participants/search",
                  "{\"query\":\"Matris Efternamn" + Situation.NO_CONSENT.ordinal() + "\"}"))
              .body();
      assertFalse(found.contains(PEOPLE.get(Situation.NO_CONSENT).reference()), found);
    }
    String forAf =
        ok(Api.post(
                af,
                "/api/participants/search",
                "{\"query\":\"Matris Efternamn" + Situation.VALID.ordinal() + "\"}"))
            .body();
    assertTrue(forAf.contains(PEOPLE.get(Situation.VALID).reference()), forAf);
  }

  @Test
  void theAuditFiltersReachNothingForACaseWorker() throws IOException, InterruptedException {
    Person person = PEOPLE.get(Situation.VALID);
    long participantId =
        Api.json(ok(Api.get(auditor, "/api/audit/entries?pageSize=1&staff=fk.handlaggare")).body())
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("participantId")
            .longValue();
    for (String path :
        List.of(
            "/api/audit/entries?participant=" + participantId,
            "/api/audit/entries.csv?participant=" + participantId,
            "/api/audit/entries?consent=" + person.consent())) {
      HttpResponse<String> response = Api.get(af, path);
      assertEquals(403, response.statusCode(), path + " → " + response.body());
      assertFalse(response.body().contains(person.reference()), response.body());
    }
  }

  @Test
  void anotherAuthoritySeesContentOnlyUnderAValidConsentAndEveryAttemptIsLogged()
      throws IOException, InterruptedException {
    List<String> failures = new ArrayList<>();
    for (DemoUser reader : READERS) {
      String token = Tokens.accessToken(reader);
      for (Situation situation : Situation.values()) {
        Person person = PEOPLE.get(situation);
        for (Map.Entry<String, UnderValidConsent> endpoint : PARTICIPANT_ENDPOINTS.entrySet()) {
          boolean shown =
              situation.consentedReader() == reader
                  && endpoint.getValue() == UnderValidConsent.SHOWN;
          String what = reader.agency() + " " + situation + " " + endpoint.getKey();
          Instant before = Instant.now();

          HttpResponse<String> response = call(token, endpoint.getKey(), person);

          if (shown) {
            expect(failures, what, response.statusCode() == 200, response);
            expect(failures, what, showsContent(endpoint.getKey(), response, person), response);
          } else {
            expect(failures, what, response.statusCode() == 404, response);
            expect(failures, what, !response.body().contains("Matris"), response);
            expect(failures, what, !response.body().contains(person.note()), response);
            HttpResponse<String> unknown = call(token, endpoint.getKey(), unknownPerson());
            expect(
                failures,
                what + " reads like an unknown participant",
                unknown.body().equals(response.body()),
                response);
          }
          expect(
              failures,
              what + " is logged",
              logged(reader, person.reference(), shown ? "PERMITTED" : "REFUSED", before),
              response);
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void everyPageThatShowsAParticipantIsCoveredHere() throws IOException {
    Set<String> pages = new TreeSet<>();
    java.nio.file.Path webapp = java.nio.file.Path.of("src", "main", "webapp");
    try (var files = java.nio.file.Files.walk(webapp)) {
      for (java.nio.file.Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        if (java.nio.file.Files.readString(page).contains("<f:viewParam name=\"ref\"")) {
          pages.add(webapp.relativize(page).toString().replace('\\', '/'));
        }
      }
    }
    assertEquals(PARTICIPANT_PAGES.keySet(), pages, "pages without a disclosure test");
  }

  @Test
  void thePagesShowAnotherAuthorityContentOnlyUnderAValidConsent()
      throws IOException, InterruptedException {
    List<String> failures = new ArrayList<>();
    for (DemoUser reader : READERS) {
      BrowserSession session = BrowserSession.logIn(reader);
      for (Situation situation : Situation.values()) {
        Person person = PEOPLE.get(situation);
        for (Map.Entry<String, Function<Person, String>> page : PARTICIPANT_PAGES.entrySet()) {
          boolean shown = situation.consentedReader() == reader;
          String what = reader.agency() + " " + situation + " " + page.getKey();
          Instant before = Instant.now();

          HttpResponse<String> response =
              session.get(
                  TestConfiguration.baseUrl() + "/" + page.getKey() + "?ref=" + person.reference());

          if (shown) {
            expect(failures, what, response.statusCode() == 200, response);
            expect(
                failures, what, response.body().contains(page.getValue().apply(person)), response);
          } else {
            expect(failures, what, response.statusCode() == 404, response);
            expect(failures, what, !response.body().contains("Matris"), response);
            expect(failures, what, !response.body().contains(person.note()), response);
          }
          expect(
              failures,
              what + " is logged",
              logged(reader, person.reference(), shown ? "PERMITTED" : "REFUSED", before),
              response);
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void searchFindsThePersonOnlyUnderAValidConsent() throws IOException, InterruptedException {
    for (DemoUser reader : READERS) {
      String token = Tokens.accessToken(reader);
      for (Situation situation : Situation.values()) {
        String found =
            ok(Api.post(
                    token, "/api/participants/search", "{\"query\":\"" + situation.number + "\"}"))
                .body();
        assertEquals(
            situation.consentedReader() == reader,
            found.contains(PEOPLE.get(situation).reference()),
            reader.agency() + " " + situation + ": " + found);
      }
    }
  }

  @Test
  void theTimelineCountsWhatItHidesAndWhatIsRestricted() throws IOException, InterruptedException {
    JsonObject forAf =
        json(
            ok(Api.get(
                    af,
                    "/api/participants/" + PEOPLE.get(Situation.VALID).reference() + "/timeline"))
                .body());
    assertEquals(1, forAf.getInt("hiddenCount"), "FK's engagement needs a consent");
    assertEquals(
        PEOPLE.get(Situation.VALID).note(),
        forAf.getJsonArray("entries").getJsonObject(0).getString("text"));

    Person restricted = PEOPLE.get(Situation.RESTRICTED);
    JsonObject forFk =
        json(ok(Api.get(fk, "/api/participants/" + restricted.reference() + "/timeline")).body());
    assertEquals(0, forFk.getInt("hiddenCount"));
    assertTrue(forFk.toString().contains(restricted.note()), "the own authority reads its note");
  }

  @Test
  void recordIdsOfAnotherAuthorityReachNothing() throws IOException, InterruptedException {
    Person person = PEOPLE.get(Situation.OTHER_AUTHORITY);

    HttpResponse<String> withdrawal =
        Api.post(
            af, "/api/consents/" + person.consent() + "/withdrawal", "{\"reason\":\"Försök\"}");

    assertEquals(404, withdrawal.statusCode(), withdrawal.body());
    // Each answer with a body it accepts (an unknown field is a 400), so the 404 is the gate's.
    Map<String, String> answers =
        Map.of(
            "confirmation", "{\"basis\":\"SIGNED_FORM_SEEN\",\"text\":\"Försök\"}",
            "decline", "{\"reason\":\"Försök\"}",
            "confirmation/revocation", "{\"reason\":\"Försök\"}");
    for (Map.Entry<String, String> answer : answers.entrySet()) {
      HttpResponse<String> answered =
          Api.post(
              af, "/api/consents/" + person.consent() + "/" + answer.getKey(), answer.getValue());
      assertEquals(404, answered.statusCode(), answer.getKey() + ": " + answered.body());
    }
    HttpResponse<String> upload =
        Api.send(af, "PUT", "/api/consents/" + person.consent() + "/document", "%PDF-1.4 AF");
    assertEquals(404, upload.statusCode(), upload.body());
    assertEquals(
        204,
        Api.send(fk, "PUT", "/api/consents/" + person.consent() + "/document", "%PDF-1.4 FK")
            .statusCode());
    assertEquals(404, Api.get(af, "/api/consents/" + person.consent() + "/document").statusCode());
    HttpResponse<String> forRegion =
        Api.get(
            Tokens.accessToken(DemoUser.REGION_CASE_WORKER),
            "/api/consents/" + person.consent() + "/document");
    assertEquals(200, forRegion.statusCode(), "REGION is named and may see the person");
    assertEquals("%PDF-1.4 FK", forRegion.body());
    String consents =
        ok(Api.get(fk, "/api/participants/" + person.reference() + "/consents")).body();
    assertTrue(consents.contains("\"status\":\"ACTIVE\""), "the consent still stands: " + consents);
    HttpResponse<String> closure =
        call(af, "POST /participants/{reference}/engagements/{engagement}/closure", person);
    assertEquals(404, closure.statusCode());
    Person restricted = PEOPLE.get(Situation.RESTRICTED);
    HttpResponse<String> lifting =
        Api.post(
            af,
            "/api/restrictions/" + restricted.restriction() + "/lifting",
            "{\"reason\":\"Försök\"}");
    assertEquals(404, lifting.statusCode(), lifting.body());
    assertEquals(
        404,
        Api.get(af, "/api/participants/" + restricted.reference()).statusCode(),
        "the restriction still holds");
    String fkView = ok(Api.get(fk, "/api/participants/" + person.reference())).body();
    assertFalse(fkView.contains("CLOSED"), "FK's engagement is still open: " + fkView);
  }

  private static long arrange(Situation situation, String reference)
      throws IOException, InterruptedException {
    String identityAndNotes = "\"IDENTITY_AND_CONTACT\",\"NOTES\"";
    return switch (situation) {
      case NO_CONSENT -> 0;
      case OTHER_CATEGORY ->
          consent(reference, "\"FK\",\"AF\"", "\"HEALTH_DETAILS\"", TODAY, TODAY.plusMonths(6));
      case OTHER_AUTHORITY ->
          consent(
              reference,
              "\"FK\",\"REGION\"",
              identityAndNotes + ",\"ENGAGEMENTS\"",
              TODAY,
              TODAY.plusMonths(6));
      case EXPIRED ->
          consent(
              reference,
              "\"FK\",\"AF\"",
              identityAndNotes,
              TODAY.minusDays(40),
              TODAY.minusDays(1));
      case WITHDRAWN -> {
        long id = consent(reference, "\"FK\",\"AF\"", identityAndNotes, TODAY, TODAY.plusMonths(6));
        ok(
            Api.post(
                fk,
                "/api/consents/" + id + "/withdrawal",
                "{\"reason\":\"Deltagaren ångrade sig\"}"));
        yield id;
      }
      case RESTRICTED, VALID ->
          consent(reference, "\"FK\",\"AF\"", identityAndNotes, TODAY, TODAY.plusMonths(6));
    };
  }

  @Test
  void anAuthorityReachesNoRecordOfAnotherThroughAPersonBothKnow()
      throws IOException, InterruptedException {
    String number = "199903112382";
    String reference = Api.registerParticipant(fk, number, "Delad", "Person");
    Api.registerParticipant(af, number, "Delad", "Person");
    long afEngagement =
        json(ok(Api.get(af, "/api/participants/" + reference)).body())
            .getJsonArray("engagements")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();

    HttpResponse<String> closure =
        Api.post(
            fk,
            "/api/participants/" + reference + "/engagements/" + afEngagement + "/closure",
            "{\"endDate\":\"" + TODAY + "\",\"reason\":\"Försök\",\"version\":0}");

    assertEquals(404, closure.statusCode(), closure.body());
    String afView = ok(Api.get(af, "/api/participants/" + reference)).body();
    assertTrue(afView.contains("\"status\":\"OPEN\""), "AF's engagement is still open: " + afView);
    String fkView = ok(Api.get(fk, "/api/participants/" + reference)).body();
    assertFalse(fkView.contains("\"id\":" + afEngagement + ","), "FK does not see AF's engagement");
  }

  private static long restrict(String reference, String categories)
      throws IOException, InterruptedException {
    HttpResponse<String> created =
        ok(
            Api.post(
                fk,
                "/api/participants/" + reference + "/restrictions",
                "{\"agency\":\"AF\",\"categories\":["
                    + categories
                    + "],\"reason\":\"Deltagarens önskan\"}"));
    return json(created.body()).getJsonNumber("id").longValue();
  }

  private static long consent(
      String reference, String agencies, String categories, LocalDate from, LocalDate until)
      throws IOException, InterruptedException {
    HttpResponse<String> created =
        ok(
            Api.post(
                fk,
                "/api/participants/" + reference + "/consents",
                "{\"agencies\":["
                    + agencies
                    + "],\"categories\":["
                    + categories
                    + "],\"purpose\":\"SIP\",\"form\":\"WRITTEN\",\"givenBy\":\"PARTICIPANT\","
                    + "\"validFrom\":\""
                    + from
                    + "\",\"validUntil\":\""
                    + until
                    + "\"}"));
    return json(created.body()).getJsonNumber("id").longValue();
  }

  private static HttpResponse<String> call(String token, String endpoint, Person person)
      throws IOException, InterruptedException {
    String method = endpoint.substring(0, endpoint.indexOf(' '));
    String path =
        "/api"
            + endpoint
                .substring(endpoint.indexOf(' ') + 1)
                .replace("{reference}", person.reference())
                .replace("{engagement}", String.valueOf(person.engagement()));
    // An edit names the version it edits, else it is a 428 for everyone, before the gate decides.
    Map<String, String> headers =
        method.equals("PUT") && endpoint.endsWith("/contact")
            ? Map.of("If-Match", "\"1\"")
            : Map.of();
    return Api.send(token, method, path, plausibleBody(endpoint), headers);
  }

  /** A body that would be accepted from an engaged authority, so a refusal is the gate's. */
  private static String plausibleBody(String endpoint) {
    if (endpoint.endsWith("/notes")) {
      return "{\"date\":\"" + TODAY + "\",\"category\":\"NOTES\",\"text\":\"Från AF\"}";
    }
    if (endpoint.endsWith("/closure")) {
      return "{\"endDate\":\"" + TODAY + "\",\"reason\":\"Från AF\",\"version\":0}";
    }
    if (endpoint.endsWith("/restrictions")) {
      return "{\"agency\":\"REGION\",\"categories\":[\"NOTES\"],\"reason\":\"Från AF\"}";
    }
    if (endpoint.endsWith("/consents")) {
      return "{\"agencies\":[\"AF\",\"FK\"],\"categories\":[\"NOTES\"],\"purpose\":\"SIP\","
          + "\"form\":\"WRITTEN\",\"givenBy\":\"PARTICIPANT\",\"validFrom\":\""
          + TODAY
          + "\",\"validUntil\":\""
          + TODAY.plusMonths(1)
          + "\"}";
    }
    return "{}";
  }

  private static boolean showsContent(String endpoint, HttpResponse<String> response, Person p) {
    String body = response.body();
    if (endpoint.endsWith("/timeline")) {
      return body.contains(p.note());
    }
    if (endpoint.endsWith("/consents")) {
      return body.contains("\"id\":" + p.consent());
    }
    return body.contains("Matris");
  }

  private static Person unknownPerson() {
    return new Person(UUID.randomUUID().toString(), 1, "", 0, 0);
  }

  /** Whether the reader's access to the participant was logged with that decision since then. */
  private static boolean logged(DemoUser reader, String reference, String decision, Instant since)
      throws IOException, InterruptedException {
    String query =
        "/api/audit/entries?pageSize=500&staff="
            + reader.username()
            + "&decision="
            + decision
            + "&from="
            + URLEncoder.encode(since.minusMillis(1).toString(), StandardCharsets.UTF_8);
    return Api.json(ok(Api.get(auditor, query)).body()).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .anyMatch(entry -> reference.equals(entry.getString("recordId", null)));
  }

  private static void expect(
      List<String> failures, String what, boolean holds, HttpResponse<String> response) {
    if (!holds) {
      failures.add(what + " → " + response.statusCode() + " " + response.body());
    }
  }

  private static JsonObject json(String text) {
    return Api.json(text).asJsonObject();
  }
}
