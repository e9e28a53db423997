package se.samsyn.audit.verifier;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks a CSV export of the access log (the whole log, oldest first, as an auditor of the förbund
 * exports it) against the file of signed checkpoints the application appends to, without the
 * application or its database. Names the first bad position; exit code 0 when intact, 1 when not, 2
 * when it cannot run.
 *
 * <pre>
 * java -cp 'WEB-INF/classes:WEB-INF/lib/*' se.samsyn.audit.verifier.LogVerifier \
 *     --log export.csv --checkpoints checkpoints.txt --key-env SAMSYN_AUDIT_SIGNING_KEY
 * </pre>
 */
public final class LogVerifier {

  /** What the verifier found. {@code firstBadPosition} is null when intact. */
  public record Result(
      boolean intact, Long firstBadPosition, String problem, long verified, long unsealed) {

    static Result bad(long position, String problem, long verified) {
      return new Result(false, position, problem, verified, 0);
    }
  }

  private final Seals seals;

  public LogVerifier(Seals seals) {
    this.seals = seals;
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    Path log = null;
    Path checkpoints = null;
    String keyEnv = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--log" -> log = Path.of(args[i + 1]);
        case "--checkpoints" -> checkpoints = Path.of(args[i + 1]);
        case "--key-env" -> keyEnv = args[i + 1];
        default -> {
          return usage();
        }
      }
    }
    if (log == null || checkpoints == null || keyEnv == null || System.getenv(keyEnv) == null) {
      return usage();
    }
    try (Reader csv = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
      Result result =
          new LogVerifier(new Seals(System.getenv(keyEnv)))
              .verify(csv, Files.readAllLines(checkpoints, StandardCharsets.UTF_8));
      if (result.intact()) {
        System.out.println(
            "intact: "
                + result.verified()
                + " entries verified against the checkpoints, "
                + result.unsealed()
                + " after the last checkpoint");
        return 0;
      }
      System.out.println(
          "NOT intact at position "
              + result.firstBadPosition()
              + ": "
              + result.problem()
              + " ("
              + result.verified()
              + " entries verified before it)");
      return 1;
    } catch (IOException | RuntimeException e) {
      System.err.println("cannot verify: " + e.getMessage());
      return 2;
    }
  }

  private static int usage() {
    System.err.println(
        "usage: LogVerifier --log export.csv --checkpoints checkpoints.txt"
            + " --key-env NAME_OF_THE_VARIABLE_HOLDING_THE_SIGNING_KEY");
    return 2;
  }

  /**
   * Streams the export once; only the checkpoints are held in memory.
   *
   * @param csv the export, oldest entry first
   * @param checkpointLines the checkpoint file, one signed line per checkpoint, oldest first
   */
  public Result verify(Reader csv, List<String> checkpointLines) throws IOException {
    List<CheckpointLine> checkpoints = new ArrayList<>();
    for (String line : checkpointLines) {
      if (line.isBlank()) {
        continue;
      }
      Optional<CheckpointLine> checkpoint = CheckpointLine.parse(line, seals);
      CheckpointLine previous =
          checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1);
      if (checkpoint.isEmpty()) {
        return Result.bad(
            previous == null ? 1 : previous.lastEntryId() + 1,
            "checkpoint line " + (checkpoints.size() + 1) + " is not signed with this key",
            0);
      }
      CheckpointLine c = checkpoint.get();
      if (previous != null && c.equals(previous)) {
        // The export appends a line again when its transaction failed after writing it.
        continue;
      }
      if ((previous != null && !c.previousHash().equals(previous.checkpointHash()))
          || !c.checkpointHash()
              .equals(
                  seals.checkpointHash(
                      c.previousHash(),
                      c.firstEntryId(),
                      c.lastEntryId(),
                      c.entries(),
                      c.chainHash(),
                      c.sealedAt()))) {
        return Result.bad(
            c.firstEntryId(), "checkpoint " + c.checkpointId() + " does not follow", 0);
      }
      checkpoints.add(c);
    }
    if (checkpoints.isEmpty()) {
      return Result.bad(1, "no checkpoints to verify against", 0);
    }

    if (csv.read() != '\ufeff') {
      throw new IOException("not an access-log export (no byte order mark)");
    }
    int current = 0;
    CheckpointLine checkpoint = checkpoints.get(0);
    String chain = checkpoint.previousHash().equals(Seals.GENESIS) ? Seals.GENESIS : null;
    long inCheckpoint = 0;
    long verified = 0;
    long unsealed = 0;
    long previousPosition = 0;
    try (CSVParser parser = LogCsv.FORMAT.builder().setSkipHeaderRecord(true).get().parse(csv)) {
      for (CSVRecord row : parser) {
        long position = Long.parseLong(field(row, "position"));
        String seal = field(row, "seal");
        if (position <= previousPosition) {
          return Result.bad(position, "entries out of order or repeated", verified);
        }
        while (checkpoint != null && position > checkpoint.lastEntryId()) {
          Optional<Result> end = endOf(checkpoint, chain, inCheckpoint, previousPosition, verified);
          if (end.isPresent()) {
            return end.get();
          }
          current++;
          checkpoint = current < checkpoints.size() ? checkpoints.get(current) : null;
          inCheckpoint = 0;
        }
        if (checkpoint == null) {
          unsealed++;
        } else if (position < checkpoint.firstEntryId()) {
          if (current > 0) {
            return Result.bad(position, "entry inserted between sealed ranges", verified);
          }
          // Before the first exported checkpoint: not verified, but its seal is where we start.
          chain = seal;
        } else {
          if (chain == null) {
            return Result.bad(
                position, "the entry before the first checkpoint is missing", verified);
          }
          if (seal == null) {
            return Result.bad(position, "entry inserted into a sealed range", verified);
          }
          chain = seals.extend(chain, canonical(row));
          if (!chain.equals(seal)) {
            return position == previousPosition + 1
                ? Result.bad(position, "entry changed after it was sealed", verified)
                : Result.bad(previousPosition + 1, "sealed entry removed", verified);
          }
          inCheckpoint++;
          verified++;
        }
        previousPosition = position;
      }
    }
    if (checkpoint != null) {
      Optional<Result> end = endOf(checkpoint, chain, inCheckpoint, previousPosition, verified);
      if (end.isPresent()) {
        return end.get();
      }
      if (current + 1 < checkpoints.size()) {
        return Result.bad(previousPosition + 1, "sealed entries removed from the end", verified);
      }
    }
    return new Result(true, null, null, verified, unsealed);
  }

  private static Optional<Result> endOf(
      CheckpointLine checkpoint, String chain, long count, long lastPosition, long verified) {
    if (count == checkpoint.entries() && checkpoint.chainHash().equals(chain)) {
      return Optional.empty();
    }
    return Optional.of(
        Result.bad(
            lastPosition + 1,
            lastPosition < checkpoint.lastEntryId()
                ? "sealed entries removed from the end"
                : "entries do not match checkpoint " + checkpoint.checkpointId(),
            verified));
  }

  private static String canonical(CSVRecord row) {
    List<String> fields =
        LogCsv.COLUMNS.subList(0, LogCsv.COLUMNS.indexOf("recordAgency")).stream()
            .map(column -> field(row, column))
            .toList();
    return Seals.canonical(fields, field(row, "recordAgency"));
  }

  private static String field(CSVRecord row, String column) {
    return LogCsv.restore(row.get(column));
  }
}
