package se.samsyn.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samsyn.test.Api.ok;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.test.Api;
import se.samsyn.test.DemoUser;
import se.samsyn.test.KeycloakExtension;
import se.samsyn.test.RunningApplication;
import se.samsyn.test.SqlStatements;
import se.samsyn.test.Tokens;

/**
 * What one consent-gated read costs the database: the statements of Arbetsförmedlingen's read of a
 * participant that Försäkringskassan holds, under a consent, counted by PostgreSQL. The count must
 * stay small and must not grow with the participant's consents (no statement per consent).
 */
@ExtendWith({KeycloakExtension.class, RunningApplication.class})
class GatedReadStatementsIT {

  /**
   * What one gated read runs today, its two access-log entries included, so that no change adds to
   * it unnoticed. The benchmark's target is 6 (issue 11); lower this as the read comes closer. AF's
   * own engagement adds its unit and responsible staff member to the read.
   */
  private static final long MOST_STATEMENTS = 15;

  /** Scheduled jobs run now and then beside the read; the fewest of a few tries is the read's. */
  private static final int TRIES = 3;

  /** Numbers from the test list no other test uses. */
  private static final String READ_NUMBER = "199101012392";

  private static final String TIMELINE_NUMBER = "199101022383";

  private static final String SEARCHED_NUMBER = "199101012384";

  private static final List<String> OTHERS_CONSENTING =
      List.of("199101022391", "199101032382", "199101032390", "199101042381");

  private static final String BOUND_LIST = "/*, ... */";

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

  @Test
  void aGatedReadRunsAFewStatementsWhateverTheNumberOfConsents()
      throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String af = Tokens.accessToken(DemoUser.AF_CASE_WORKER);
    String reference = Api.registerParticipant(fk, READ_NUMBER, "Räknad", "Läsning");
    // AF engaged too and confirming: FK's identity record is still read under the consents, and
    // the answers of several consents, read together, must not read each consent again (an eager
    // reference from answer to consent once did, four statements each).
    Api.registerParticipant(af, READ_NUMBER, "Räknad", "Läsning");
    confirm(af, consent(fk, reference));

    Read withOneConsent = statementsOfARead(af, reference);
    for (int more = 0; more < 4; more++) {
      confirm(af, consent(fk, reference));
    }
    Read withFiveConsents = statementsOfARead(af, reference);

    assertEquals(
        withOneConsent.statements(),
        withFiveConsents.statements(),
        "statements with one consent, then with five:" + withFiveConsents.list());
    assertTrue(
        withOneConsent.statements() <= MOST_STATEMENTS,
        "one gated read ran "
            + withOneConsent.statements()
            + " statements, at most "
            + MOST_STATEMENTS
            + ":"
            + withOneConsent.list());
  }

  @Test
  void aTimelineOfTwentyRecordsLogsThemWithOneInsert() throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String af = Tokens.accessToken(DemoUser.AF_CASE_WORKER);
    String reference = Api.registerParticipant(fk, TIMELINE_NUMBER, "Räknad", "Tidslinje");
    consent(fk, reference);
    for (int note = 0; note < 20; note++) {
      ok(
          Api.post(
              fk,
              "/api/participants/" + reference + "/notes",
              "{\"date\":\"" + TODAY + "\",\"category\":\"NOTES\",\"text\":\"Nr " + note + "\"}"));
    }

    Read timeline = statementsOf(af, "/api/participants/" + reference + "/timeline");

    // One for the participant's identity, one for the twenty notes and other records.
    assertEquals(
        2, timeline.calls("INSERT INTO access_log_entry"), "log inserts:" + timeline.list());
  }

  @Test
  void aSearchRunsAsManyStatementsWhateverTheNumberOfConsentsNamingTheAuthority()
      throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String af = Tokens.accessToken(DemoUser.AF_CASE_WORKER);
    String reference = Api.registerParticipant(fk, SEARCHED_NUMBER, "Räknad", "Sökning");
    consent(fk, reference);
    String search = "{\"query\":\"" + SEARCHED_NUMBER + "\"}";

    String byName = "{\"query\":\"Sökning\"}";

    Read before = statementsOfASearch(af, search);
    Read beforeByName = statementsOfASearch(af, byName);
    for (String number : OTHERS_CONSENTING) {
      consent(fk, Api.registerParticipant(fk, number, "Räknad", "Annan"));
    }
    Read after = statementsOfASearch(af, search);
    Read afterByName = statementsOfASearch(af, byName);

    // PostgreSQL 18 shows a list bound into IN as "IN ($1 /*, ... */)", whatever its length.
    for (Read read : List.of(before, beforeByName, after, afterByName)) {
      assertFalse(read.list().contains(BOUND_LIST), "no id list bound:" + read.list());
    }
    assertEquals(
        before.list(),
        after.list(),
        "by number, with more consents naming AF, before:"
            + before.list()
            + "\nafter:"
            + after.list());
    assertEquals(
        beforeByName.list(),
        afterByName.list(),
        "by name, with more consents naming AF, before:"
            + beforeByName.list()
            + "\nafter:"
            + afterByName.list());
  }

  private static Read statementsOfASearch(String token, String body)
      throws IOException, InterruptedException {
    Read fewest = null;
    for (int tried = 0; tried < TRIES; tried++) {
      SqlStatements.reset();
      String found = ok(Api.post(token, "/api/participants/search", body)).body();
      assertTrue(found.contains("Sökning"), "AF finds the participant under the consent: " + found);
      long statements = SqlStatements.sinceReset();
      if (fewest == null || statements < fewest.statements()) {
        fewest = new Read(statements, SqlStatements.listSinceReset());
      }
    }
    return fewest;
  }

  /** The statements of the read, with the list of the try that ran the fewest. */
  private record Read(long statements, String list) {

    /** How often the statements that contain the text ran. */
    long calls(String text) {
      return list.lines()
          .filter(line -> line.contains(text))
          .mapToLong(line -> Long.parseLong(line.strip().substring(0, line.strip().indexOf('×'))))
          .sum();
    }
  }

  private static Read statementsOfARead(String token, String reference)
      throws IOException, InterruptedException {
    return statementsOf(token, "/api/participants/" + reference);
  }

  private static Read statementsOf(String token, String path)
      throws IOException, InterruptedException {
    Read fewest = null;
    for (int tried = 0; tried < TRIES; tried++) {
      SqlStatements.reset();
      ok(Api.get(token, path));
      long statements = SqlStatements.sinceReset();
      if (fewest == null || statements < fewest.statements()) {
        fewest = new Read(statements, SqlStatements.listSinceReset());
      }
    }
    return fewest;
  }

  private static void confirm(String token, long consent) throws IOException, InterruptedException {
    ok(
        Api.post(
            token,
            "/api/consents/" + consent + "/confirmation",
            "{\"basis\":\"SIGNED_FORM_SEEN\"}"));
  }

  /** Records a consent between FK and AF; returns its id. */
  private static long consent(String fk, String reference)
      throws IOException, InterruptedException {
    return Api.json(
            ok(Api.post(
                    fk,
                    "/api/participants/" + reference + "/consents",
                    "{\"agencies\":[\"FK\",\"AF\"],\"categories\":[\"IDENTITY_AND_CONTACT\",\"NOTES\"],"
                        + "\"purpose\":\"SIP\",\"form\":\"WRITTEN\",\"givenBy\":\"PARTICIPANT\","
                        + "\"validFrom\":\""
                        + TODAY
                        + "\",\"validUntil\":\""
                        + TODAY.plusMonths(6)
                        + "\"}"))
                .body())
        .asJsonObject()
        .getJsonNumber("id")
        .longValue();
  }
}
