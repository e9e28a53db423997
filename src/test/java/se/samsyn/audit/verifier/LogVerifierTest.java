package se.samsyn.audit.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/**
 * The stand-alone verifier on generated exports: 30 entries in three checkpoints, with cells a
 * spreadsheet would run; each kind of tampering is found at its position.
 */
class LogVerifierTest {

  private static final String KEY = "test-key";
  private final Seals seals = new Seals(KEY);

  @Test
  void anUntouchedExportIsIntact() throws IOException {
    Log log = new Log(seals, 30, 10);

    LogVerifier.Result result = verify(log.csv(log.rows), log.checkpoints);

    assertTrue(result.intact(), result.toString());
    assertEquals(30, result.verified());
  }

  @Test
  void neutralisedCellsReadBackAsTheyWere() {
    for (String cell : List.of("=SUM(A1)", "+1", "-2", "@x", "\tx", "\rx", "'quoted", "plain")) {
      assertEquals(cell, LogCsv.restore(LogCsv.neutralise(cell)));
    }
    assertEquals("'=cmd", LogCsv.neutralise("=cmd"));
  }

  @Test
  void aChangedEntryIsFoundAtItsPosition() throws IOException {
    Log log = new Log(seals, 30, 10);
    log.rows.get(14).set(3, "someone-else");

    assertBadAt(15, verify(log.csv(log.rows), log.checkpoints));
  }

  @Test
  void aDeletedEntryIsFoundAtItsPosition() throws IOException {
    Log log = new Log(seals, 30, 10);
    log.rows.remove(14);

    assertBadAt(15, verify(log.csv(log.rows), log.checkpoints));
  }

  @Test
  void anInsertedEntryIsFound() throws IOException {
    Log log = new Log(seals, 30, 10);
    List<String> inserted = new ArrayList<>(log.rows.get(14));
    inserted.set(0, "31");
    log.rows.add(inserted);

    LogVerifier.Result result = verify(log.csv(log.rows), log.checkpoints);
    assertTrue(result.intact(), "after the last checkpoint an entry is merely unsealed");
    assertEquals(1, result.unsealed());

    List<String> intoRange = new ArrayList<>(log.rows.get(14));
    intoRange.set(0, "15");
    intoRange.set(18, null);
    Log gaps = new Log(seals, 30, 10, 15);
    gaps.rows.add(14, intoRange);
    assertBadAt(15, verify(gaps.csv(gaps.rows), gaps.checkpoints));
  }

  @Test
  void aTruncatedTailIsFound() throws IOException {
    Log log = new Log(seals, 30, 10);

    assertBadAt(26, verify(log.csv(log.rows.subList(0, 25)), log.checkpoints));
    assertBadAt(21, verify(log.csv(log.rows.subList(0, 20)), log.checkpoints));
  }

  @Test
  void aLogRecomputedWithoutTheKeyIsCaught() throws IOException {
    Log original = new Log(seals, 30, 10);
    Log recomputed = new Log(new Seals("a guess"), 30, 10);
    recomputed.rows.get(4).set(7, "10.0.0.66");
    Log resealed = new Log(new Seals("a guess"), 30, 10);

    assertBadAt(1, verify(resealed.csv(resealed.rows), original.checkpoints));
    assertFalse(verify(original.csv(original.rows), recomputed.checkpoints).intact());
  }

  @Test
  void theCommandAnswersWithItsExitCode() {
    assertEquals(2, LogVerifier.run(new String[] {"--log", "x.csv"}));
  }

  private LogVerifier.Result verify(String csv, List<String> checkpoints) throws IOException {
    return new LogVerifier(seals).verify(new StringReader(csv), checkpoints);
  }

  private static void assertBadAt(long position, LogVerifier.Result result) {
    assertFalse(result.intact(), result.toString());
    assertEquals(position, result.firstBadPosition(), result.toString());
  }

  /** A log as the application seals and exports it: rows of the CSV columns, checkpoint lines. */
  private static final class Log {

    final List<List<String>> rows = new ArrayList<>();
    final List<String> checkpoints = new ArrayList<>();

    Log(Seals seals, int entries, int perCheckpoint, long... skipped) {
      String chain = Seals.GENESIS;
      String previous = Seals.GENESIS;
      Instant time = Instant.parse("2026-11-02T08:00:00Z");
      long first = 1;
      long count = 0;
      long checkpointId = 0;
      for (long id = 1; id <= entries; id++) {
        final long position = id;
        if (java.util.Arrays.stream(skipped).noneMatch(s -> s == position)) {
          List<String> row =
              new ArrayList<>(
                  List.of(
                      String.valueOf(id),
                      time.plusSeconds(id).toString(),
                      "subject-" + id,
                      id % 3 == 0 ? "=HYPERLINK(\"x\")" : "user" + id,
                      "FK",
                      "@unit",
                      "case-worker",
                      "127.0.0.1",
                      "-session",
                      "42",
                      "participant",
                      "+4670",
                      "NOTES",
                      "READ",
                      "PERMITTED",
                      "OWN_AUTHORITY",
                      "'basis"));
          row.add(id % 2 == 0 ? "AF" : null);
          chain = seals.extend(chain, Seals.canonical(row.subList(0, 17), row.get(17)));
          row.add(chain);
          rows.add(row);
          count++;
        }
        if (id % perCheckpoint == 0) {
          Instant sealedAt = time.plusSeconds(1000 + id);
          String hash = seals.checkpointHash(previous, first, id, count, chain, sealedAt);
          checkpoints.add(
              new CheckpointLine(++checkpointId, first, id, count, chain, previous, hash, sealedAt)
                  .format(seals));
          previous = hash;
          first = id + 1;
          count = 0;
        }
      }
    }

    String csv(List<List<String>> rows) throws IOException {
      StringWriter out = new StringWriter();
      out.write('\ufeff');
      try (CSVPrinter printer = new CSVPrinter(out, LogCsv.FORMAT)) {
        for (List<String> row : rows) {
          printer.printRecord(row.stream().map(LogCsv::neutralise).toArray());
        }
      }
      return out.toString();
    }
  }
}
