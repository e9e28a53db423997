package se.samsyn.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.audit.verifier.CheckpointLine;
import se.samsyn.audit.verifier.LogCsv;
import se.samsyn.audit.verifier.LogVerifier;
import se.samsyn.audit.verifier.Seals;
import se.samsyn.platform.DatabaseMigration;
import se.samsyn.test.Deployments;
import se.samsyn.test.MovableClock;

/**
 * The scheduled checkpoint export in the container, on PostgreSQL, as an auditor uses it: entries
 * are sealed, the exporter appends one signed line per checkpoint to the file in
 * samsyn.audit.checkpoint-export-dir, and the stand-alone verifier checks the application's CSV
 * export against that file and names a changed cell's position.
 */
@ExtendWith(ArquillianExtension.class)
class AccessLogCheckpointExportIT {

  /** The export runs every two seconds here; ten minutes is the default. */
  private static final String INTERVAL = "PT2S";

  /** Far longer than the interval. */
  private static final Duration EXPORT_BOUND = Duration.ofSeconds(60);

  private static final Actor STAFF =
      new Actor("export-it", "export-it", "FK", null, "case-worker", "127.0.0.1", "export-it");

  private static final Actor FORBUND_AUDITOR =
      new Actor(
          "export-it-granskare",
          "export-it-granskare",
          "FORBUND",
          null,
          "auditor",
          "127.0.0.1",
          "export-it");

  /** A directory of this deployment's own, so that only its checkpoint file is read. */
  @Deployment
  static WebArchive deployment() throws IOException {
    Path directory =
        Files.createTempDirectory(
            Files.createDirectories(Path.of("target", "checkpoint-export-it")), "run-");
    return Deployments.feature("audit", "organisation")
        .addClass(MovableClock.class)
        .addAsResource(
            new StringAsset(
                "samsyn.audit.checkpoint-export-dir="
                    + directory.toAbsolutePath().toString().replace("\\", "/")
                    + "\nsamsyn.audit.checkpoint-export-interval="
                    + INTERVAL
                    + "\n"),
            "META-INF/microprofile-config.properties");
  }

  @Inject private AccessLog accessLog;
  @Inject private AuditService auditService;
  @Resource private UserTransaction transaction;

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  @Test
  void eachCheckpointIsExportedAsOneSignedLineAndTheCsvVerifiesAgainstThem() throws Exception {
    String reference = "export-it-" + UUID.randomUUID();
    long entry = write(STAFF, event("participant", reference, null));
    Sealing.sealAll(auditService, transaction);

    List<String> lines = awaitExportOf(entry);

    List<Long> exported = new ArrayList<>();
    for (String line : lines) {
      exported.add(
          CheckpointLine.parse(line, seals())
              .orElseThrow(() -> new AssertionError("not signed with the key: " + line))
              .checkpointId());
    }
    assertEquals(
        checkpointsBetween(exported.get(0), exported.get(exported.size() - 1)),
        exported,
        "one line per checkpoint, oldest first, none left out");

    String csv = csvOfTheWholeLog();
    LogVerifier.Result intact = verify(csv, lines);
    assertTrue(intact.intact(), intact.toString());
    assertTrue(intact.verified() > 0, intact.toString());

    String changed = csv.replace('"' + reference + '"', '"' + reference + "-changed\"");
    assertFalse(changed.equals(csv), "the entry's cell is in the export");
    LogVerifier.Result result = verify(changed, lines);
    assertFalse(result.intact(), result.toString());
    assertEquals(entry, result.firstBadPosition(), result.toString());
    assertEquals("entry changed after it was sealed", result.problem());
  }

  @Test
  void cellsASpreadsheetWouldRunAreNeutralisedInTheCsvAndStillVerify() throws Exception {
    String unique = UUID.randomUUID().toString();
    Actor formulas =
        new Actor(
            "export-it",
            "\tit-" + unique,
            "FK",
            "\rit-unit",
            "-case-worker",
            "127.0.0.1",
            "export-it");
    long entry = write(formulas, event("=HYPERLINK(\"x\")", "+" + unique, "@" + unique));
    Sealing.sealAll(auditService, transaction);
    List<String> lines = awaitExportOf(entry);

    String csv = csvOfTheWholeLog();
    CSVRecord row = row(csv, entry);
    assertEquals("'\tit-" + unique, row.get("username"));
    assertEquals("'\rit-unit", row.get("unit"));
    assertEquals("'-case-worker", row.get("roles"));
    assertEquals("'=HYPERLINK(\"x\")", row.get("recordType"));
    assertEquals("'+" + unique, row.get("recordId"));
    assertEquals("'@" + unique, row.get("basisReference"));

    LogVerifier.Result result = verify(csv, lines);
    assertTrue(result.intact(), "the verifier reads the cells back as they were: " + result);
  }

  /**
   * The checkpoint file once the scheduled export has appended the checkpoint holding the entry,
   * waiting no longer than the bound.
   */
  private List<String> awaitExportOf(long entry) throws Exception {
    Path file =
        Path.of(
                ConfigProvider.getConfig()
                    .getValue("samsyn.audit.checkpoint-export-dir", String.class))
            .resolve(AuditService.CHECKPOINT_FILE);
    Instant deadline = Instant.now().plus(EXPORT_BOUND);
    while (true) {
      List<String> lines =
          Files.exists(file)
              ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                  .filter(line -> !line.isBlank())
                  .toList()
              : List.of();
      if (lines.stream()
          .map(line -> CheckpointLine.parse(line, seals()))
          .anyMatch(c -> c.isPresent() && c.get().lastEntryId() >= entry)) {
        return lines;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "entry "
                + entry
                + " not exported within "
                + EXPORT_BOUND
                + " to "
                + file
                + ": "
                + lines);
      }
      Thread.sleep(250);
    }
  }

  /** The application's key, as the auditor running the verifier has it. */
  private static Seals seals() {
    return new Seals(ConfigProvider.getConfig().getValue("samsyn.audit.signing-key", String.class));
  }

  /** What a förbund auditor's CSV export without a filter gives: every entry, oldest first. */
  private String csvOfTheWholeLog() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    auditService.export(FORBUND_AUDITOR, AccessLogFilter.everything(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private LogVerifier.Result verify(String csv, List<String> lines) throws IOException {
    return new LogVerifier(seals()).verify(new StringReader(csv), lines);
  }

  /** The entry's row as the CSV has it, neutralised cells as they are. */
  private static CSVRecord row(String csv, long entry) {
    try (CSVParser parser =
        LogCsv.FORMAT
            .builder()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.substring(1)))) {
      for (CSVRecord row : parser) {
        if (row.get("position").equals(String.valueOf(entry))) {
          return row;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("entry " + entry + " is not in the export");
  }

  private List<Long> checkpointsBetween(long first, long last) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT id FROM access_log_checkpoint WHERE id BETWEEN ? AND ? ORDER BY id")) {
      query.setLong(1, first);
      query.setLong(2, last);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    return ids;
  }

  /** Writes one entry and returns its position. */
  private long write(Actor actor, AccessEvent event) throws Exception {
    transaction.begin();
    accessLog.record(actor, event);
    transaction.commit();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT MAX(id) FROM access_log_entry WHERE staff_subject = ? AND record_id = ?")) {
      query.setString(1, actor.staffSubject());
      query.setString(2, event.recordId());
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static AccessEvent event(String recordType, String recordId, String basisReference) {
    return new AccessEvent(
        42L,
        recordType,
        recordId,
        "IDENTITY_AND_CONTACT",
        AccessAction.READ,
        AccessDecision.PERMITTED,
        AccessBasis.OWN_AUTHORITY,
        basisReference);
  }
}
