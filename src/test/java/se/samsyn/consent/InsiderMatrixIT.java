package se.samsyn.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
 * The consent rule against an insider: Arbetsförmedlingen's case worker is engaged with the person
 * too — it registered the same number — and tries every read of the REST API and the pages under
 * every consent situation it could bring about, or FK could. Försäkringskassan's records (its
 * identity record, a note, a health note the consents never cover) reach AF only where FK itself
 * recorded or confirmed a consent in force; counts name FK only where FK told AF it is involved; a
 * restriction against AF is never shown to AF; every attempt is logged with its basis.
 */
@ExtendWith({KeycloakExtension.class, RunningApplication.class})
class InsiderMatrixIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));
  private static final String COVERED = "\"IDENTITY_AND_CONTACT\",\"NOTES\",\"ENGAGEMENTS\"";
  private static final String RESTRICTION_REASON = "Deltagaren vill inte att AF får anteckningar";

  /** The reads that show a participant's data, tried by the engaged reader. */
  private static final Set<String> ENGAGED_READS =
      Set.of(
          "GET /participants/{reference}",
          "GET /participants/{reference}/timeline",
          "GET /participants/{reference}/consents",
          "GET /participants/{reference}/restrictions");

  private static final Set<String> PAGES = Set.of("participant/view.xhtml", "consent/list.xhtml");

  /**
   * Each situation, what AF may then see of FK's: the note (and identity), and whether FK has told
   * AF it is involved, so that AF may be told how many records it may not see.
   */
  private enum Situation {
    NO_CONSENT("195401075865", false, false),
    RECORDED_BY_AF_UNCONFIRMED("195401172860", false, false),
    CONFIRMED_BY_FK("195303282387", true, true),
    DECLINED_BY_FK("195407290278", false, false),
    REVOKED_BY_FK("195401127971", false, true),
    WITHDRAWN_BY_AF("195401038103", false, true),
    EXPIRED("195401235790", false, true),
    NOT_YET_VALID("195305122623", false, true),
    RESTRICTED("195401217673", false, true),
    EMERGENCY_ACCESS("195303012198", true, false);

    private final String number;
    private final boolean noteShown;
    private final boolean fkHasToldAf;

    Situation(String number, boolean noteShown, boolean fkHasToldAf) {
      this.number = number;
      this.noteShown = noteShown;
      this.fkHasToldAf = fkHasToldAf;
    }
  }

  private record Person(String reference, long note, long healthNote, Optional<Long> consent) {}

  private static final Map<Situation, Person> PEOPLE = new EnumMap<>(Situation.class);
  private static String fk;
  private static String af;
  private static String auditor;

  @BeforeAll
  static void bothAuthoritiesRegisterOnePersonPerSituation()
      throws IOException, InterruptedException {
    fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    af = Tokens.accessToken(DemoUser.AF_CASE_WORKER);
    auditor = Tokens.accessToken(DemoUser.AUDITOR);
    for (Situation situation : Situation.values()) {
      String reference = Api.registerParticipant(fk, situation.number, "Fkinsider", "Efternamn");
      long note = note(reference, "NOTES", noteText(situation));
      long healthNote = note(reference, "HEALTH_DETAILS", healthText(situation));
      Api.registerParticipant(af, situation.number, "Afinsider", "Efternamn");
      PEOPLE.put(situation, new Person(reference, note, healthNote, arrange(situation, reference)));
    }
  }

  @Test
  void everyReadAndPageThatShowsAParticipantIsTriedByAnInsider() {
    Set<String> reads = new TreeSet<>();
    for (String endpoint : ResourcePaths.endpoints()) {
      if (endpoint.startsWith("GET /participants/{reference}")) {
        reads.add(endpoint);
      }
    }
    assertEquals(ENGAGED_READS, reads, "participant reads without an insider test");
  }

  @Test
  void anEngagedReaderSeesAnotherAuthoritysRecordsOnlyWhereThatAuthorityReleasedThem()
      throws IOException, InterruptedException {
    List<String> failures = new ArrayList<>();
    for (Situation situation : Situation.values()) {
      Person person = PEOPLE.get(situation);
      Instant before = Instant.now();
      for (String endpoint : ENGAGED_READS) {
        HttpResponse<String> response =
            Api.get(af, "/api" + endpoint.substring(4).replace("{reference}", person.reference()));
        String what = situation + " " + endpoint;
        expect(failures, what + " answers", response.statusCode() == 200, response);
        String body = response.body();
        if (endpoint.endsWith("/timeline")) {
          expect(
              failures,
              what + " note",
              body.contains(noteText(situation)) == situation.noteShown,
              response);
          expect(
              failures,
              what + " health note never covered",
              body.contains(healthText(situation)) == (situation == Situation.EMERGENCY_ACCESS),
              response);
          JsonObject timeline = Api.json(body).asJsonObject();
          int counted = timeline.getInt("hiddenCount") + timeline.getInt("restrictedCount");
          expect(
              failures,
              what + " counts FK's records only where FK told AF (" + counted + ")",
              situation == Situation.EMERGENCY_ACCESS || (counted > 0) == situation.fkHasToldAf,
              response);
          if (situation == Situation.RESTRICTED) {
            expect(
                failures,
                what + " restricted count",
                timeline.getInt("restrictedCount") >= 1,
                response);
          }
        } else if (endpoint.equals("GET /participants/{reference}")) {
          boolean identityShown =
              situation == Situation.CONFIRMED_BY_FK
                  || situation == Situation.RESTRICTED
                  || situation == Situation.EMERGENCY_ACCESS;
          expect(
              failures,
              what + " FK's identity record",
              body.contains("Fkinsider") == identityShown,
              response);
        }
        expect(failures, what + " restriction", !body.contains(RESTRICTION_REASON), response);
      }
      expectLogged(failures, situation, person, before);
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void thePagesShowTheInsiderOnlyWhatTheAuthoritiesReleased()
      throws IOException, InterruptedException {
    List<String> failures = new ArrayList<>();
    BrowserSession session = BrowserSession.logIn(DemoUser.AF_CASE_WORKER);
    for (Situation situation : Situation.values()) {
      Person person = PEOPLE.get(situation);
      for (String page : PAGES) {
        HttpResponse<String> response =
            session.get(TestConfiguration.baseUrl() + "/" + page + "?ref=" + person.reference());
        String what = situation + " " + page;
        expect(failures, what, response.statusCode() == 200, response);
        if (page.startsWith("participant/")) {
          expect(
              failures,
              what + " note",
              response.body().contains(noteText(situation)) == situation.noteShown,
              response);
        }
        expect(
            failures,
            what + " restriction",
            !response.body().contains(RESTRICTION_REASON),
            response);
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void theRestrictedAuthorityNeitherReadsNorLiftsTheRestriction()
      throws IOException, InterruptedException {
    String restrictions =
        "/api/participants/" + PEOPLE.get(Situation.RESTRICTED).reference() + "/restrictions";
    JsonObject restriction =
        Api.json(ok(Api.get(fk, restrictions)).body()).asJsonArray().getJsonObject(0);
    long id = restriction.getJsonNumber("id").longValue();

    assertEquals("[]", ok(Api.get(af, restrictions)).body());
    HttpResponse<String> lifting =
        Api.post(af, "/api/restrictions/" + id + "/lifting", "{\"reason\":\"AF vill läsa\"}");
    HttpResponse<String> unknown =
        Api.post(af, "/api/restrictions/999999999/lifting", "{\"reason\":\"AF vill läsa\"}");

    assertEquals(404, lifting.statusCode(), lifting.body());
    assertEquals(unknown.body(), lifting.body(), "reads like an unknown restriction");
    JsonObject after =
        Api.json(ok(Api.get(fk, restrictions)).body()).asJsonArray().getJsonObject(0);
    assertTrue(!after.containsKey("liftedAt") || after.isNull("liftedAt"), after.toString());
  }

  @Test
  void aConsentToOneMunicipalityReachesNotTheOther() throws IOException, InterruptedException {
    String sodertalje = Tokens.accessToken(DemoUser.SODERTALJE_CASE_WORKER);
    String nykvarn = Tokens.accessToken(DemoUser.NYKVARN_CASE_WORKER);
    String number = "195401080808";
    String reference = Api.registerParticipant(fk, number, "Fkinsider", "Kommun");
    note(reference, "NOTES", "FK till Södertälje");
    Api.registerParticipant(sodertalje, number, "Kommun", "Södertälje");
    Api.registerParticipant(nykvarn, number, "Kommun", "Nykvarn");
    consent(fk, reference, "\"FK\",\"KOMMUN-0181\"", COVERED, TODAY, TODAY.plusMonths(3));

    String forSodertalje = timeline(sodertalje, reference);
    String forNykvarn = timeline(nykvarn, reference);

    assertTrue(forSodertalje.contains("FK till Södertälje"), forSodertalje);
    assertTrue(!forNykvarn.contains("FK till Södertälje"), forNykvarn);
    assertEquals(0, Api.json(forNykvarn).asJsonObject().getInt("hiddenCount"), forNykvarn);
  }

  private static Optional<Long> arrange(Situation situation, String reference)
      throws IOException, InterruptedException {
    switch (situation) {
      case NO_CONSENT:
        return Optional.empty();
      case RECORDED_BY_AF_UNCONFIRMED:
        return Optional.of(consentByAf(reference));
      case CONFIRMED_BY_FK:
        {
          long id = consentByAf(reference);
          confirm(id);
          return Optional.of(id);
        }
      case DECLINED_BY_FK:
        {
          long id = consentByAf(reference);
          ok(
              Api.post(
                  fk,
                  "/api/consents/" + id + "/decline",
                  "{\"reason\":\"Vi känner inte till samtycket\"}"));
          return Optional.of(id);
        }
      case REVOKED_BY_FK:
        {
          long id = consentByAf(reference);
          confirm(id);
          ok(Api.post(fk, "/api/consents/" + id + "/confirmation/revocation", "{}"));
          return Optional.of(id);
        }
      case WITHDRAWN_BY_AF:
        {
          long id = consentByAf(reference);
          confirm(id);
          ok(
              Api.post(
                  af,
                  "/api/consents/" + id + "/withdrawal",
                  "{\"reason\":\"Deltagaren ångrade sig\"}"));
          return Optional.of(id);
        }
      case EXPIRED:
        return Optional.of(
            consent(
                fk, reference, "\"FK\",\"AF\"", COVERED, TODAY.minusDays(40), TODAY.minusDays(1)));
      case NOT_YET_VALID:
        return Optional.of(
            consent(
                fk, reference, "\"FK\",\"AF\"", COVERED, TODAY.plusDays(1), TODAY.plusMonths(2)));
      case RESTRICTED:
        {
          long id = consent(fk, reference, "\"FK\",\"AF\"", COVERED, TODAY, TODAY.plusMonths(2));
          ok(
              Api.post(
                  fk,
                  "/api/participants/" + reference + "/restrictions",
                  "{\"agency\":\"AF\",\"categories\":[\"NOTES\"],\"reason\":\""
                      + RESTRICTION_REASON
                      + "\"}"));
          return Optional.of(id);
        }
      case EMERGENCY_ACCESS:
        ok(
            Api.post(
                af,
                "/api/emergency-access",
                "{\"personalIdentityNumber\":\""
                    + situation.number
                    + "\",\"reason\":\"Akut fara för deltagaren\"}"));
        return Optional.empty();
      default:
        throw new IllegalArgumentException(situation.name());
    }
  }

  /** AF's read of FK's note is in the log, with the decision and basis the situation gives. */
  private static void expectLogged(
      List<String> failures, Situation situation, Person person, Instant since)
      throws IOException, InterruptedException {
    String query =
        "/api/audit/entries?pageSize=500&staff="
            + DemoUser.AF_CASE_WORKER.username()
            + "&from="
            + URLEncoder.encode(since.minusMillis(1).toString(), StandardCharsets.UTF_8);
    List<JsonObject> reads =
        Api.json(ok(Api.get(auditor, query)).body()).asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> "note".equals(e.getString("recordType", null)))
            .filter(e -> String.valueOf(person.note()).equals(e.getString("recordId", null)))
            .toList();
    String expectedBasis =
        switch (situation) {
          case CONFIRMED_BY_FK -> "CONSENT";
          case EMERGENCY_ACCESS -> "EMERGENCY";
          default -> "NONE";
        };
    boolean right =
        !reads.isEmpty()
            && reads.stream()
                .allMatch(
                    e ->
                        e.getString("decision")
                                .equals(situation.noteShown ? "PERMITTED" : "REFUSED")
                            && e.getString("basis").equals(expectedBasis)
                            && (situation != Situation.CONFIRMED_BY_FK
                                || e.getString("basisReference")
                                    .equals(String.valueOf(person.consent().orElseThrow()))));
    if (!right) {
      failures.add(situation + " log of the note read: " + reads);
    }
  }

  private static long consentByAf(String reference) throws IOException, InterruptedException {
    return consent(af, reference, "\"FK\",\"AF\"", COVERED, TODAY, TODAY.plusMonths(3));
  }

  private static void confirm(long consent) throws IOException, InterruptedException {
    ok(
        Api.post(
            fk, "/api/consents/" + consent + "/confirmation", "{\"basis\":\"SIGNED_FORM_SEEN\"}"));
  }

  private static long note(String reference, String category, String text)
      throws IOException, InterruptedException {
    HttpResponse<String> created =
        ok(
            Api.post(
                fk,
                "/api/participants/" + reference + "/notes",
                "{\"date\":\""
                    + TODAY
                    + "\",\"category\":\""
                    + category
                    + "\",\"text\":\""
                    + text
                    + "\"}"));
    return Api.json(created.body()).asJsonObject().getJsonNumber("id").longValue();
  }

  private static long consent(
      String token,
      String reference,
      String agencies,
      String categories,
      LocalDate from,
      LocalDate until)
      throws IOException, InterruptedException {
    HttpResponse<String> created =
        ok(
            Api.post(
                token,
                "/api/participants/" + reference + "/consents",
                "{\"agencies\":["
                    + agencies
                    + "],\"categories\":["
                    + categories
                    + "],\"purpose\":\"SIP\",\"form\":\"ORAL_DOCUMENTED\","
                    + "\"givenBy\":\"PARTICIPANT\",\"validFrom\":\""
                    + from
                    + "\",\"validUntil\":\""
                    + until
                    + "\"}"));
    return Api.json(created.body()).asJsonObject().getJsonNumber("id").longValue();
  }

  private static String timeline(String token, String reference)
      throws IOException, InterruptedException {
    return ok(Api.get(token, "/api/participants/" + reference + "/timeline")).body();
  }

  private static String noteText(Situation situation) {
    return "FK-anteckning " + situation.name().toLowerCase();
  }

  private static String healthText(Situation situation) {
    return "FK-halsa " + situation.name().toLowerCase();
  }

  private static void expect(
      List<String> failures, String what, boolean holds, HttpResponse<String> response) {
    if (!holds) {
      failures.add(what + " → " + response.statusCode() + " " + response.body());
    }
  }

  private static HttpResponse<String> ok(HttpResponse<String> response) {
    return Api.ok(response);
  }
}
