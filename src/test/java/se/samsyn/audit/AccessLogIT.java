package se.samsyn.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;
import se.samsyn.platform.DatabaseMigration;
import se.samsyn.test.Deployments;
import se.samsyn.test.MovableClock;

/**
 * The access log in the container, on PostgreSQL: written only inside the transaction it records,
 * append-only, and every kind of tampering by a database administrator found by the verifier. The
 * tamper tests repair what they broke, so each leaves an intact log behind.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.Random.class)
class AccessLogIT {

  private static final Actor AUDITOR =
      new Actor("it-granskare", "it-granskare", "FORBUND", null, "auditor", "127.0.0.1", "s");

  @Deployment
  static WebArchive deployment() {
    return Deployments.feature("audit", "organisation").addClass(MovableClock.class);
  }

  @Inject private AccessLog accessLog;
  @Inject private AuditService auditService;
  @Resource private UserTransaction transaction;

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  @Test
  void anEntryCanOnlyBeWrittenInsideTheTransactionOfTheAccess() {
    assertThrows(EJBException.class, () -> accessLog.record(AUDITOR, event("outside")));
  }

  @Test
  void anEntryOfARolledBackAccessDoesNotExist() throws Exception {
    transaction.begin();
    accessLog.record(AUDITOR, event("rolled-back"));
    transaction.rollback();

    assertEquals(0, countWithReference("rolled-back"));
  }

  @Test
  void aSealedLogVerifiesIntact() throws Exception {
    write("intact-1", "intact-2");

    sealAll();

    VerificationResult result = auditService.verify(AUDITOR);
    assertTrue(result.intact(), result.toString());
    assertTrue(result.checkpoints() > 0);
  }

  @Test
  void anEditedEntryIsFoundAtItsPosition() throws Exception {
    write("edit-me");
    sealAll();
    long position = idWithReference("edit-me");

    try (Tampering tampering = new Tampering()) {
      tampering.execute(
          "UPDATE access_log_entry SET username = 'someone-else' WHERE id = " + position);
      VerificationResult result = auditService.verify(AUDITOR);
      assertFalse(result.intact());
      assertEquals(position, result.firstBadPosition());
      tampering.execute(
          "UPDATE access_log_entry SET username = 'it-granskare' WHERE id = " + position);
    }
    assertTrue(auditService.verify(AUDITOR).intact());
  }

  @Test
  void anEditedEntryIsFoundByAVerificationOfItsPeriod() throws Exception {
    Instant from = Instant.now().minus(Duration.ofMinutes(1));
    write("edit-me-in-a-day");
    sealAll();
    Instant to = Instant.now().plus(Duration.ofMinutes(1));
    long position = idWithReference("edit-me-in-a-day");

    try (Tampering tampering = new Tampering()) {
      tampering.execute(
          "UPDATE access_log_entry SET username = 'someone-else' WHERE id = " + position);
      VerificationResult result = auditService.verify(AUDITOR, from, to);
      assertFalse(result.intact());
      assertEquals(position, result.firstBadPosition());
      tampering.execute(
          "UPDATE access_log_entry SET username = 'it-granskare' WHERE id = " + position);
    }
    VerificationResult restored = auditService.verify(AUDITOR, from, to);
    assertTrue(restored.intact(), restored.toString());
    assertTrue(restored.entries() >= 1, restored.toString());
  }

  @Test
  void aDeletedEntryIsFoundAtItsPosition() throws Exception {
    write("delete-me");
    sealAll();
    long position = idWithReference("delete-me");

    try (Tampering tampering = new Tampering()) {
      String copy = tampering.copyRow(position);
      tampering.execute("DELETE FROM access_log_entry WHERE id = " + position);
      VerificationResult result = auditService.verify(AUDITOR);
      assertFalse(result.intact());
      assertEquals(position, result.firstBadPosition());
      tampering.execute(copy);
    }
    assertTrue(auditService.verify(AUDITOR).intact());
  }

  @Test
  void anEntryInsertedIntoASealedRangeIsFound() throws Exception {
    write("before-gap");
    long gap;
    try (Tampering tampering = new Tampering()) {
      gap = tampering.leaveGap();
    }
    write("after-gap");
    sealAll();

    try (Tampering tampering = new Tampering()) {
      tampering.execute(
          tampering
              .copyRow(idWithReference("before-gap"))
              .replaceFirst("VALUES \\(\\d+", "VALUES (" + gap));
      VerificationResult result = auditService.verify(AUDITOR);
      assertFalse(result.intact());
      assertEquals(gap, result.firstBadPosition());
      tampering.execute("DELETE FROM access_log_entry WHERE id = " + gap);
    }
    assertTrue(auditService.verify(AUDITOR).intact());
  }

  @Test
  void aFullyRecomputedChainIsCaughtAgainstAnExportedCheckpoint() throws Exception {
    write("exported");
    sealAll();
    String exported = auditService.exportLatestCheckpoint(AUDITOR).orElseThrow();
    assertTrue(auditService.verifyAgainst(AUDITOR, exported).intact());
    long position = idWithReference("exported");

    try (Tampering tampering = new Tampering()) {
      tampering.execute(
          "UPDATE access_log_entry SET client_address = '10.0.0.66' WHERE id = " + position);
      tampering.resealEverything();
      assertTrue(
          auditService.verify(AUDITOR).intact(), "the rewritten chain is consistent in itself");

      VerificationResult result = auditService.verifyAgainst(AUDITOR, exported);
      assertFalse(result.intact(), "but not with what was exported before");

      tampering.execute(
          "UPDATE access_log_entry SET client_address = '127.0.0.1' WHERE id = " + position);
      tampering.resealEverything();
    }
    assertTrue(auditService.verify(AUDITOR).intact());
  }

  @Test
  void aChangedOrUnsignedExportIsRefused() throws Exception {
    write("signed");
    sealAll();
    String exported = auditService.exportLatestCheckpoint(AUDITOR).orElseThrow();

    String changed =
        exported.replaceFirst(
            "\"checkpointHash\":\"[0-9a-f]{64}\"", "\"checkpointHash\":\"" + "f".repeat(64) + "\"");
    assertFalse(auditService.verifyAgainst(AUDITOR, changed).intact());
    assertFalse(auditService.verifyAgainst(AUDITOR, "{}").intact());
    assertFalse(auditService.verifyAgainst(AUDITOR, "not json").intact());
  }

  @Test
  void theApplicationsLoginCannotUpdateTheLog() throws Exception {
    assertRefusedToTheApplication("UPDATE access_log_entry SET username = 'x' WHERE id = %d");
  }

  @Test
  void theApplicationsLoginCannotDeleteFromTheLog() throws Exception {
    assertRefusedToTheApplication("DELETE FROM access_log_entry WHERE id = %d");
  }

  @Test
  void theApplicationsLoginCannotTruncateTheLog() throws Exception {
    assertRefusedToTheApplication("TRUNCATE access_log_entry");
  }

  @Test
  void theApplicationsLoginCannotDisableTheLogsTriggers() throws Exception {
    assertRefusedToTheApplication("ALTER TABLE access_log_entry DISABLE TRIGGER USER");
  }

  @Test
  void theApplicationsLoginCannotDropTheLogsTriggers() throws Exception {
    assertRefusedToTheApplication("DROP TRIGGER access_log_entry_append_only ON access_log_entry");
  }

  /** The application's data source logs in as the application, not as the schema's owner. */
  private void assertRefusedToTheApplication(String change) throws Exception {
    write("append-only");
    long position = idWithReference("append-only");
    long before = countWithReference("append-only");
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      SQLException refused =
          assertThrows(
              SQLException.class, () -> statement.execute(String.format(change, position)));
      assertEquals("42501", refused.getSQLState(), refused.getMessage());
    }
    assertEquals(before, countWithReference("append-only"));
  }

  private void write(String... references) throws Exception {
    transaction.begin();
    for (String reference : references) {
      accessLog.record(AUDITOR, event(reference));
    }
    transaction.commit();
  }

  /** Seals what the test wrote, waiting (within a bound) while another sealer holds the lock. */
  private void sealAll() throws Exception {
    Sealing.sealAll(auditService, transaction);
  }

  private static AccessEvent event(String reference) {
    return new AccessEvent(
        42L,
        "participant",
        reference,
        "IDENTITY_AND_CONTACT",
        AccessAction.READ,
        AccessDecision.PERMITTED,
        AccessBasis.OWN_AUTHORITY,
        reference);
  }

  private long countWithReference(String reference) throws SQLException {
    return queryLong("SELECT COUNT(*) FROM access_log_entry WHERE record_id = '" + reference + "'");
  }

  private long idWithReference(String reference) throws SQLException {
    return queryLong("SELECT MAX(id) FROM access_log_entry WHERE record_id = '" + reference + "'");
  }

  private long queryLong(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        var result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  /**
   * What a database administrator can do that the application cannot: log in as the tables' owner
   * (the migrations' login), switch the append-only triggers off and change rows directly.
   */
  private final class Tampering implements AutoCloseable {

    private final Connection connection;

    Tampering() throws SQLException {
      PGSimpleDataSource owner = new PGSimpleDataSource();
      owner.setURL(System.getenv("SAMSYN_DB_URL"));
      owner.setUser(System.getenv("SAMSYN_DB_MIGRATION_USER"));
      owner.setPassword(System.getenv("SAMSYN_DB_MIGRATION_PASSWORD"));
      connection = owner.getConnection();
      switchTriggers("DISABLE");
    }

    /** Uses up one id the way a rolled-back write does, and returns it. */
    long leaveGap() throws SQLException {
      try (Statement statement = connection.createStatement();
          var result = statement.executeQuery("SELECT nextval('access_log_entry_seq')")) {
        result.next();
        return result.getLong(1);
      }
    }

    /** Throws the seals away and seals again: a chain consistent with the log as it is now. */
    void resealEverything() throws Exception {
      execute("DELETE FROM access_log_seal");
      execute("DELETE FROM access_log_checkpoint");
      sealAll();
    }

    private void switchTriggers(String onOrOff) throws SQLException {
      for (String table : List.of("access_log_entry", "access_log_seal", "access_log_checkpoint")) {
        execute("ALTER TABLE " + table + " " + onOrOff + " TRIGGER USER");
      }
    }

    void execute(String sql) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql);
      }
    }

    /** An INSERT that puts the row back exactly as it is. */
    String copyRow(long id) throws SQLException {
      try (Statement statement = connection.createStatement();
          var row = statement.executeQuery("SELECT * FROM access_log_entry WHERE id = " + id)) {
        row.next();
        int columns = row.getMetaData().getColumnCount();
        StringBuilder names = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          names.append(i > 1 ? ", " : "").append(row.getMetaData().getColumnName(i));
          Object value =
              row.getMetaData().getColumnTypeName(i).toLowerCase(Locale.ROOT).contains("timestamp")
                  ? row.getObject(i, OffsetDateTime.class)
                  : row.getObject(i);
          values
              .append(i > 1 ? ", " : "")
              .append(
                  value == null
                      ? "NULL"
                      : value instanceof Number ? value.toString() : "'" + value + "'");
        }
        return "INSERT INTO access_log_entry (" + names + ") VALUES (" + values + ")";
      }
    }

    @Override
    public void close() throws SQLException {
      switchTriggers("ENABLE");
      connection.close();
    }
  }
}
