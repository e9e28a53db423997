package se.samsyn.benchmark.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samsyn.audit.StoredLogVerification;
import se.samsyn.audit.verifier.Seals;
import se.samsyn.participant.PersonalIdentityNumber;

/**
 * Generates the data set at half a percent into a freshly migrated PostgreSQL, twice with the same
 * seed, and checks what the benchmark relies on: the counts, the consents' states, the protected
 * share, the test numbers, determinism, and that the application's own verification accepts the
 * sealed log.
 */
class DataSetGenerationTest {

  private static final double SCALE = 0.5;
  private static final long SEED = 20261202L;
  private static final String KEY = "benchmark-test-signing-key";
  private static final Instant NOW = Instant.parse("2026-11-30T09:30:00Z");
  private static final Path TEST_NUMBERS = Path.of("../shared/data/test-personnummer.txt");
  private static final String OWNER = "samsyn_owner";
  private static final String OWNER_PASSWORD = "owner-test";
  private static final String APPLICATION = "samsyn";
  private static final String APPLICATION_PASSWORD = "application-test";

  private static EmbeddedPostgres postgres;
  private static DataSetSummary summary;
  private static DataSetSummary again;

  @BeforeAll
  static void generateTwice() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE ROLE " + OWNER + " LOGIN PASSWORD '" + OWNER_PASSWORD + "'");
      statement.execute(
          "CREATE ROLE " + APPLICATION + " LOGIN PASSWORD '" + APPLICATION_PASSWORD + "'");
      statement.execute("CREATE DATABASE samsyn OWNER " + OWNER);
      statement.execute("CREATE DATABASE samsyn_again OWNER " + OWNER);
    }
    summary = generate("samsyn");
    again = generate("samsyn_again");
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  /** Migrates as the application does on PostgreSQL with its demo organisation, then generates. */
  private static DataSetSummary generate(String database) throws Exception {
    Flyway.configure()
        .dataSource(url(database), OWNER, OWNER_PASSWORD)
        .locations("classpath:db/migration", "classpath:db/vendor/postgresql", "classpath:db/demo")
        .placeholders(Map.of("appUser", APPLICATION))
        .load()
        .migrate();
    try (Connection owner = DriverManager.getConnection(url(database), OWNER, OWNER_PASSWORD)) {
      return DataSet.generate(owner, SCALE, SEED, TEST_NUMBERS, KEY, NOW);
    }
  }

  @Test
  void everyCountIsItsFullSizeScaled() throws Exception {
    try (Connection db = application("samsyn")) {
      assertEquals(207, summary.participants());
      assertEquals(207, count(db, "participant"));
      assertEquals(750, count(db, "consent"));
      assertEquals(75, count(db, "disclosure_restriction"));
      assertEquals(2_500, count(db, "coordination_note"));
      assertEquals(50_000, count(db, "access_log_entry"));
      assertEquals(50_000, count(db, "access_log_seal"));
      assertEquals(summary.checkpoints(), count(db, "access_log_checkpoint"));
      assertEquals(50, summary.staff().size());
      assertEquals(50, count(db, "staff_member"));
      assertEquals(summary.engagements(), count(db, "engagement"));
      assertEquals(summary.engagements(), count(db, "participant_identity"));
      assertTrue(count(db, "engagement") > summary.participants());
    }
  }

  @Test
  void theConsentsAreAQuarterEachExpiredWithdrawnAwaitingAndConfirmed() throws Exception {
    try (Connection db = application("samsyn")) {
      String active =
          "c.withdrawn_at IS NULL AND c.valid_from <= DATE '2026-11-30'"
              + " AND c.valid_until >= DATE '2026-11-30'";
      String unconfirmed =
          "EXISTS (SELECT 1 FROM consent_agency a WHERE a.consent_id = c.id"
              + " AND a.agency <> c.recorded_by_agency AND NOT EXISTS (SELECT 1 FROM"
              + " consent_confirmation f WHERE f.consent_id = c.id AND f.agency = a.agency))";
      assertEquals(
          187,
          count(db, "consent c WHERE c.withdrawn_at IS NULL AND c.valid_until < '2026-11-30'"));
      assertEquals(188, count(db, "consent c WHERE c.withdrawn_at IS NOT NULL"));
      assertEquals(187, count(db, "consent c WHERE " + active + " AND " + unconfirmed));
      assertEquals(188, count(db, "consent c WHERE " + active + " AND NOT " + unconfirmed));
      assertEquals(
          0,
          count(
              db,
              "consent c WHERE c.valid_until > c.valid_from + 365 OR c.valid_until < c.valid_from"
                  + " OR c.recorded_at > TIMESTAMPTZ '2026-11-30T09:30:00Z'"
                  + " OR NOT EXISTS (SELECT 1 FROM consent_agency a WHERE a.consent_id = c.id"
                  + " AND a.agency = c.recorded_by_agency)"
                  + " OR (SELECT COUNT(*) FROM consent_agency a WHERE a.consent_id = c.id) < 2"
                  + " OR NOT EXISTS (SELECT 1 FROM consent_category g WHERE g.consent_id = c.id)"));
    }
  }

  @Test
  void aTenthHaveProtectedIdentityMarkedByAnEngagedAuthority() throws Exception {
    try (Connection db = application("samsyn")) {
      assertEquals(21, count(db, "participant WHERE protected_identity"));
      assertEquals(
          0,
          count(
              db,
              "participant p WHERE p.protected_identity AND NOT EXISTS (SELECT 1 FROM engagement e"
                  + " WHERE e.participant_id = p.id AND e.agency = p.protected_by_agency)"));
    }
  }

  @Test
  void theParticipantsAreTheFirstNumbersOfTheFileAndNoOthers() throws Exception {
    List<String> expected = DataSet.numbers(TEST_NUMBERS).subList(0, 207);
    try (Connection db = application("samsyn")) {
      List<String> stored =
          strings(db, "SELECT personal_identity_number FROM participant ORDER BY id");
      assertEquals(expected, stored);
      stored.forEach(PersonalIdentityNumber::of);
    }
  }

  @Test
  void theRecordsAreSpreadOverTheFiveMemberAuthoritiesAndWrittenByTheirStaff() throws Exception {
    try (Connection db = application("samsyn")) {
      assertEquals(
          List.of("AF", "FK", "KOMMUN-0140", "KOMMUN-0181", "REGION"),
          strings(db, "SELECT DISTINCT agency FROM engagement ORDER BY 1"));
      assertEquals(
          0,
          count(
              db,
              "coordination_note n WHERE NOT EXISTS (SELECT 1 FROM staff_member s"
                  + " WHERE s.username = n.author AND s.agency = n.author_agency)"));
      assertEquals(
          0,
          count(
              db,
              "consent c WHERE NOT EXISTS (SELECT 1 FROM staff_member s"
                  + " WHERE s.username = c.recorded_by AND s.agency = c.recorded_by_agency)"));
      assertEquals(
          0,
          count(
              db,
              "access_log_entry l WHERE NOT EXISTS (SELECT 1 FROM staff_member s"
                  + " WHERE s.subject = l.staff_subject AND s.username = l.username)"));
      assertEquals(
          0,
          count(
              db,
              "engagement e JOIN unit u ON u.id = e.unit_id JOIN agency a ON a.id = u.agency_id"
                  + " WHERE a.code <> e.agency"));
    }
  }

  @Test
  void theLogHoldsOwnReadsReadsUnderConsentRefusalsAndAuditorsSearchesInTimeOrder()
      throws Exception {
    try (Connection db = application("samsyn")) {
      assertTrue(count(db, "access_log_entry WHERE basis = 'OWN_AUTHORITY'") > 25_000);
      assertTrue(count(db, "access_log_entry WHERE basis = 'CONSENT'") > 100);
      assertTrue(count(db, "access_log_entry WHERE decision = 'REFUSED'") > 1_000);
      assertTrue(count(db, "access_log_entry WHERE record_type = 'access-log'") > 1_000);
      assertEquals(
          0,
          count(
              db,
              "access_log_entry l JOIN access_log_entry n ON n.id = l.id + 1"
                  + " WHERE n.occurred_at < l.occurred_at"));
      assertEquals(
          List.of("t"),
          strings(
              db,
              "SELECT MIN(occurred_at) >= TIMESTAMPTZ '2021-11-30T09:30:00Z'"
                  + " AND MAX(occurred_at) < TIMESTAMPTZ '2026-11-30T09:30:00Z'"
                  + " FROM access_log_entry"));
    }
  }

  @Test
  void theStaffAreMostlyCaseWorkersWithSomeCoordinatorsAndAFewAuditors() {
    List<GeneratedStaff> staff = summary.staff();
    long auditors = staff.stream().filter(s -> s.roles().contains("auditor")).count();
    long coordinators = staff.stream().filter(s -> s.roles().contains("coordinator")).count();
    assertEquals(6, auditors);
    assertEquals(5, coordinators);
    assertTrue(staff.stream().anyMatch(s -> s.agency().equals("FORBUND")));
    assertEquals(staff.size(), staff.stream().map(GeneratedStaff::username).distinct().count());
  }

  @Test
  void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() throws Exception {
    assertEquals(summary.staff(), again.staff());
    try (Connection first = application("samsyn");
        Connection second = application("samsyn_again")) {
      for (String table :
          List.of(
              "participant",
              "participant_identity",
              "engagement",
              "consent",
              "consent_confirmation",
              "coordination_note",
              "access_log_entry",
              "access_log_seal",
              "access_log_checkpoint")) {
        assertEquals(checksum(first, table), checksum(second, table), table);
      }
    }
  }

  @Test
  void theApplicationsVerificationAcceptsTheSealedLog() throws Exception {
    try (Connection db = application("samsyn")) {
      assertEquals(Optional.empty(), StoredLogVerification.verify(db, new Seals(KEY)));
      assertNotEquals(Optional.empty(), StoredLogVerification.verify(db, new Seals("another key")));
    }
  }

  @Test
  void theApplicationsNextIdsFollowTheGeneratedOnes() throws Exception {
    try (Connection db = application("samsyn")) {
      assertEquals(List.of("50001"), strings(db, "SELECT nextval('access_log_entry_seq')::text"));
      assertEquals(
          List.of("2501"),
          strings(db, "SELECT nextval(pg_get_serial_sequence('coordination_note', 'id'))::text"));
    }
  }

  @Test
  void aUsedDatabaseIsRefused() throws Exception {
    try (Connection owner = DriverManager.getConnection(url("samsyn"), OWNER, OWNER_PASSWORD)) {
      assertThrows(
          IllegalStateException.class,
          () -> DataSet.generate(owner, SCALE, SEED, TEST_NUMBERS, KEY, NOW));
    }
  }

  /** Read as the application's login, which must be able to read what the owner wrote. */
  private static Connection application(String database) throws SQLException {
    return DriverManager.getConnection(url(database), APPLICATION, APPLICATION_PASSWORD);
  }

  private static String url(String database) {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
  }

  private static long count(Connection db, String from) throws SQLException {
    return Long.parseLong(strings(db, "SELECT COUNT(*) FROM " + from).get(0));
  }

  private static String checksum(Connection db, String table) throws SQLException {
    return strings(db, "SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM " + table + " t")
        .get(0);
  }

  private static List<String> strings(Connection db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
