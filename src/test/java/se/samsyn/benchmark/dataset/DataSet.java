package se.samsyn.benchmark.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import se.samsyn.audit.verifier.Seals;

/**
 * The benchmark's data set: a förbund's five years at the scale asked for, written straight into a
 * migrated database with COPY (never through the application), deterministic from the seed. At 100
 * % it holds every test number of the file as a participant, 150,000 consents, 15,000 restrictions,
 * 500,000 notes, 10,000,000 sealed access-log entries and 2,000 staff; every count scales linearly,
 * the staff with a floor of 50.
 */
public final class DataSet {

  static final int CONSENTS = 150_000;
  static final int RESTRICTIONS = 15_000;
  static final int NOTES = 500_000;
  static final long ACCESS_LOG_ENTRIES = 10_000_000L;
  static final int STAFF = 2_000;
  static final int MINIMUM_STAFF = 50;
  static final int YEARS = 5;

  /** The log ends a little before "now", so that the sealer's delay has passed for every entry. */
  private static final Duration LOG_ENDS_BEFORE_NOW = Duration.ofMinutes(10);

  /** Tables whose ids the generator sets: their identity sequences continue after them. */
  private static final List<String> IDENTITY_TABLES =
      List.of(
          "staff_member",
          "participant",
          "engagement",
          "participant_identity",
          "participant_contact",
          "consent",
          "consent_confirmation",
          "disclosure_restriction",
          "coordination_note",
          "access_log_checkpoint");

  private static final List<String> LOADED_TABLES =
      List.of(
          "staff_member",
          "participant",
          "engagement",
          "participant_identity",
          "participant_contact",
          "consent",
          "consent_agency",
          "consent_category",
          "consent_confirmation",
          "disclosure_restriction",
          "disclosure_restriction_category",
          "coordination_note",
          "access_log_entry",
          "access_log_seal",
          "access_log_checkpoint");

  private DataSet() {}

  /**
   * Fills a migrated database (migrations and demo organisation applied) through the owner login.
   */
  public static DataSetSummary generate(
      Connection owner,
      double scalePercent,
      long seed,
      Path testNumbers,
      String auditSigningKey,
      Instant now)
      throws SQLException, IOException {
    if (!(scalePercent > 0 && scalePercent <= 100)) {
      throw new IllegalArgumentException("The scale is a percentage above 0 and at most 100");
    }
    long began = System.nanoTime();
    Seals seals = new Seals(auditSigningKey);
    double scale = scalePercent / 100;
    List<String> allNumbers = numbers(testNumbers);
    List<String> numbers =
        allNumbers.subList(0, (int) Math.max(1, Math.round(allNumbers.size() * scale)));
    int staffCount = (int) Math.max(MINIMUM_STAFF, Math.round(STAFF * scale));
    int consentCount = (int) Math.round(CONSENTS * scale);
    int restrictionCount = (int) Math.round(RESTRICTIONS * scale);
    int noteCount = (int) Math.round(NOTES * scale);
    long entryCount = Math.round(ACCESS_LOG_ENTRIES * scale);
    // Millisecond precision survives the database, so that the seals can be recomputed from rows.
    Instant end = now.truncatedTo(ChronoUnit.MILLIS);
    Instant start = end.atZone(People.SWEDEN).minusYears(YEARS).toInstant();

    requireEmpty(owner);
    boolean autoCommit = owner.getAutoCommit();
    owner.setAutoCommit(false);
    try {
      execute(owner, "SET LOCAL synchronous_commit = off");
      execute(owner, "SET LOCAL maintenance_work_mem = '256MB'");
      SplittableRandom random = new SplittableRandom(seed);
      Authorities authorities = Authorities.read(owner);
      Staffing staff = Staffing.generate(staffCount, random.split(), authorities);
      staff.write(owner, random.split(), start, end);
      People people = People.generate(numbers, random.split(), staff, authorities, start, end);
      int engagements = people.write(owner, random.split());
      Consents consents = Consents.write(owner, consentCount, random.split(), people, staff, end);
      Consents.writeRestrictions(owner, restrictionCount, random.split(), people, end);
      Notes notes = Notes.write(owner, noteCount, random.split(), people, staff, end);
      List<String> indexes = dropIndexes(owner, "access_log_entry");
      int checkpoints =
          new SealedAccessLog(owner, random.split(), seed, people, staff, notes, consents, seals)
              .write(entryCount, start, end.minus(LOG_ENDS_BEFORE_NOW));
      for (String index : indexes) {
        execute(owner, index);
      }
      continueSequences(owner, entryCount);
      owner.commit();
      owner.setAutoCommit(true);
      for (String table : LOADED_TABLES) {
        execute(owner, "ANALYZE " + table);
      }
      return new DataSetSummary(
          numbers.size(),
          consentCount,
          restrictionCount,
          noteCount,
          entryCount,
          staff.generated(),
          Duration.ofNanos(System.nanoTime() - began),
          engagements,
          checkpoints);
    } catch (SQLException | IOException | RuntimeException e) {
      if (!owner.getAutoCommit()) {
        owner.rollback();
      }
      throw e;
    } finally {
      owner.setAutoCommit(autoCommit);
    }
  }

  /** The file's numbers in its order; lines starting with # are comments. */
  static List<String> numbers(Path testNumbers) throws IOException {
    return Files.readAllLines(testNumbers).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  /** The ids are the generator's: the data set goes into a database nobody has used yet. */
  private static void requireEmpty(Connection owner) throws SQLException {
    for (String table : List.of("staff_member", "participant", "access_log_entry")) {
      try (Statement statement = owner.createStatement();
          ResultSet rows = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
        rows.next();
        if (rows.getBoolean(1)) {
          throw new IllegalStateException(
              "Table " + table + " already has rows: generate into a freshly migrated database");
        }
      }
    }
  }

  /**
   * Drops the table's indexes that back no constraint and returns their definitions: building them
   * once after the load is several times faster than updating them row by row.
   */
  private static List<String> dropIndexes(Connection owner, String table) throws SQLException {
    List<String> definitions = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (Statement statement = owner.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i"
                    + " WHERE i.indrelid = '"
                    + table
                    + "'::regclass AND NOT EXISTS"
                    + " (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)"
                    + " ORDER BY 1")) {
      while (rows.next()) {
        names.add(rows.getString(1));
        definitions.add(rows.getString(2));
      }
    }
    for (String name : names) {
      execute(owner, "DROP INDEX " + name);
    }
    return definitions;
  }

  /** The application's next ids come after the generated ones. */
  private static void continueSequences(Connection owner, long entries) throws SQLException {
    for (String table : IDENTITY_TABLES) {
      execute(
          owner,
          "SELECT setval(pg_get_serial_sequence('"
              + table
              + "', 'id'), COALESCE((SELECT MAX(id) FROM "
              + table
              + "), 0) + 1, false)");
    }
    execute(owner, "SELECT setval('access_log_entry_seq', " + (entries + 1) + ", false)");
  }

  private static void execute(Connection owner, String sql) throws SQLException {
    try (Statement statement = owner.createStatement()) {
      statement.execute(sql);
    }
  }
}
