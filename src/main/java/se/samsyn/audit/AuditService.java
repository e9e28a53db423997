package se.samsyn.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samsyn.audit.verifier.Seals;

/**
 * Seals, verifies and exports the access log, and searches it for auditors. Auditors' own searches
 * and exports are logged like every other read.
 */
@Stateless
public class AuditService {

  private static final int SEAL_BATCH = 10_000;
  private static final String NO_AUTHORITY = "no authority";

  @Inject private AuditRepository repository;
  @Inject private AccessLog accessLog;

  @Inject
  @ConfigProperty(name = "samsyn.audit.seal-delay", defaultValue = "PT2M")
  private Duration sealDelay;

  @Inject
  @ConfigProperty(name = "samsyn.audit.signing-key")
  private Optional<String> signingKey;

  @Inject private Clock clock;

  /**
   * Seals the entries written since the last checkpoint that are older than the seal delay, so that
   * transactions still in flight are not passed over, if this node gets the seal lock; another node
   * holding it is sealing the same entries, so this one skips.
   *
   * @return the number of entries sealed, or empty if another node holds the seal lock
   */
  public Optional<Integer> seal() {
    if (!repository.tryLockSealing()) {
      return Optional.empty();
    }
    Optional<AccessLogCheckpoint> last = repository.latestCheckpoint();
    Seals seals = keyedSeals();
    String chain = last.map(AccessLogCheckpoint::chainHash).orElse(Seals.GENESIS);
    String previous = last.map(AccessLogCheckpoint::checkpointHash).orElse(Seals.GENESIS);
    // Millisecond precision survives every database, so the hash can be recomputed from the row.
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    Instant cutoff = now.minus(sealDelay);
    List<AccessLogEntry> batch = new ArrayList<>();
    for (AccessLogEntry entry :
        repository.entriesAfter(
            last.map(AccessLogCheckpoint::lastEntryId).orElse(0L), SEAL_BATCH)) {
      if (entry.getOccurredAt().isAfter(cutoff)) {
        break;
      }
      batch.add(entry);
    }
    if (batch.isEmpty()) {
      return Optional.of(0);
    }
    List<String> chainHashes = new ArrayList<>();
    for (AccessLogEntry entry : batch) {
      chain = seals.extend(chain, entry.canonical());
      chainHashes.add(chain);
    }
    AccessLogCheckpoint checkpoint =
        new AccessLogCheckpoint(
            previous,
            batch.get(0).getId(),
            batch.get(batch.size() - 1).getId(),
            batch.size(),
            chain,
            now,
            seals);
    repository.persist(checkpoint);
    repository.flush();
    for (int i = 0; i < batch.size(); i++) {
      repository.persist(
          new AccessLogSeal(batch.get(i).getId(), chainHashes.get(i), checkpoint.id()));
    }
    return Optional.of(batch.size());
  }

  /**
   * Recomputes every checkpoint and seal from the entries as they are now, a page of checkpoints at
   * a time (one checkpoint holds at most {@value #SEAL_BATCH} entries), so the log's size does not
   * decide the heap. The verification is logged as the auditor's read of the whole log.
   *
   * @throws AuditorWithoutAuthorityException if the auditor's login names no authority
   */
  public VerificationResult verify(Actor auditor) {
    requireScope(auditor);
    accessLog.record(auditor, wholeLogEvent("access-log-verification", null, AccessAction.READ));
    return verifyUpTo(Long.MAX_VALUE, EntryRange.WHOLE_LOG);
  }

  /**
   * Recomputes the seals of the entries written in {@code [from, to)} (a day, say) and the whole
   * chain of checkpoints from the first, so that the period's entries are checked against a chain
   * nobody can have recomputed unnoticed without reading five years of entries. Logged like a
   * verification of the whole log, with the period as its record.
   *
   * @throws AuditorWithoutAuthorityException if the auditor's login names no authority
   */
  public VerificationResult verify(Actor auditor, Instant from, Instant to) {
    requireScope(auditor);
    accessLog.record(
        auditor, wholeLogEvent("access-log-verification", from + "/" + to, AccessAction.READ));
    return repository
        .entriesWritten(from, to)
        .map(range -> verifyUpTo(Long.MAX_VALUE, range))
        .orElseGet(() -> new VerificationResult(true, 0, 0, null, null));
  }

  private static final int CHECKPOINT_PAGE = 100;

  private VerificationResult verifyUpTo(long lastCheckpointId, EntryRange range) {
    long entries = range.isWholeLog() ? repository.countEntries() : range.count();
    long keyedFrom = repository.firstKeyedCheckpoint();
    Seals keyed = keyedSeals();
    String chain = Seals.GENESIS;
    String previous = Seals.GENESIS;
    long expectedFirst = 1;
    long checked = 0;
    long after = 0;
    List<AccessLogCheckpoint> page;
    do {
      page = repository.checkpointsAfter(after, lastCheckpointId, CHECKPOINT_PAGE);
      for (AccessLogCheckpoint checkpoint : page) {
        checked++;
        Seals seals = checkpoint.id() >= keyedFrom ? keyed : Seals.unkeyed();
        if (!checkpoint.previousHash().equals(previous) || !checkpoint.isConsistent(seals)) {
          return VerificationResult.broken(
              entries, checked, checkpoint.firstEntryId(), "checkpoint chain broken");
        }
        if (range.overlaps(expectedFirst, checkpoint.lastEntryId())) {
          Optional<ChainVerifier.Problem> problem =
              ChainVerifier.verify(
                  seals,
                  chain,
                  checkpoint.firstEntryId(),
                  checkpoint.chainHash(),
                  repository
                      .entriesBetween(
                          Math.min(expectedFirst, checkpoint.firstEntryId()),
                          checkpoint.lastEntryId())
                      .stream()
                      .map(e -> new ChainVerifier.StoredEntry(e.getId(), e.canonical()))
                      .toList(),
                  repository.sealsOf(checkpoint.id()).stream()
                      .map(s -> new ChainVerifier.Seal(s.entryId(), s.chainHash()))
                      .toList());
          if (problem.isPresent()) {
            return VerificationResult.broken(
                entries, checked, problem.get().position(), problem.get().description());
          }
        }
        chain = checkpoint.chainHash();
        previous = checkpoint.checkpointHash();
        expectedFirst = checkpoint.lastEntryId() + 1;
        after = checkpoint.id();
      }
      // What has been compared is not needed again: keep the persistence context small.
      repository.clear();
    } while (page.size() == CHECKPOINT_PAGE);
    return new VerificationResult(true, entries, checked, null, null);
  }

  /**
   * Appends every checkpoint sealed since the last export to {@code checkpoints.txt} in the
   * directory, one signed line each, if this node gets the export's claim; another node holding it
   * is doing the same work, so this one skips.
   *
   * @return the number of lines appended, or empty if another node holds the claim
   */
  public Optional<Integer> exportCheckpoints(Path directory) throws IOException {
    Optional<Long> claimed = repository.claimCheckpointExport();
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    long after = Math.max(claimed.get(), repository.firstKeyedCheckpoint() - 1);
    Seals seals = keyedSeals();
    List<AccessLogCheckpoint> page = repository.checkpointsAfter(after, Long.MAX_VALUE, 1_000);
    if (page.isEmpty()) {
      return Optional.of(0);
    }
    Files.createDirectories(directory);
    StringBuilder lines = new StringBuilder();
    for (AccessLogCheckpoint checkpoint : page) {
      lines.append(checkpoint.line().format(seals)).append('\n');
    }
    // Written before the claim moves on: if the transaction then fails, the next run appends the
    // same lines again, and the verifier reads a repeated line as the same checkpoint.
    Files.writeString(
        directory.resolve(CHECKPOINT_FILE),
        lines,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND,
        StandardOpenOption.SYNC);
    repository.checkpointsExportedUpTo(page.get(page.size() - 1).id());
    return Optional.of(page.size());
  }

  /** The file in samsyn.audit.checkpoint-export-dir the exported checkpoints are appended to. */
  public static final String CHECKPOINT_FILE = "checkpoints.txt";

  /**
   * The latest checkpoint as signed JSON, to be kept where the database administrator cannot
   * rewrite it.
   *
   * @throws AuditorWithoutAuthorityException if the auditor's login names no authority
   */
  public Optional<String> exportLatestCheckpoint(Actor actor) {
    requireScope(actor);
    Optional<AccessLogCheckpoint> latest = repository.latestCheckpoint();
    latest.ifPresent(
        checkpoint ->
            accessLog.record(
                actor,
                wholeLogEvent(
                    "access-log-checkpoint",
                    String.valueOf(checkpoint.id()),
                    AccessAction.EXPORT)));
    return latest.map(this::signed);
  }

  /**
   * Checks the log against an exported checkpoint: the signature must be ours, the checkpoint must
   * still be in the database unchanged, and the entries up to it must still hash to it. A log whose
   * chain was recomputed after tampering fails here even if it is consistent in itself.
   *
   * @throws AuditorWithoutAuthorityException if the auditor's login names no authority
   */
  public VerificationResult verifyAgainst(Actor auditor, String exportedJson) {
    requireScope(auditor);
    JsonObject exported;
    String expected;
    try {
      exported = Json.createReader(new StringReader(exportedJson)).readObject();
      expected = signature(payload(exported));
    } catch (JsonException | IllegalStateException | NullPointerException | ClassCastException e) {
      return new VerificationResult(false, 0, 0, null, "not an exported checkpoint");
    }
    String signature = exported.getString("signature", "");
    if (!MessageDigest.isEqual(
        signature.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      return new VerificationResult(false, 0, 0, null, "signature does not match");
    }
    long checkpointId = exported.getJsonNumber("checkpointId").longValue();
    Optional<AccessLogCheckpoint> stored = repository.checkpoint(checkpointId);
    if (stored.isEmpty()
        || !stored.get().checkpointHash().equals(exported.getString("checkpointHash"))) {
      return VerificationResult.broken(
          repository.countEntries(),
          0,
          exported.getJsonNumber("firstEntryId").longValue(),
          "log differs from the exported checkpoint");
    }
    return verifyUpTo(checkpointId, EntryRange.WHOLE_LOG);
  }

  /**
   * Entries matching the filter, newest first, within the auditor's scope; none for a login without
   * an authority (that attempt is logged as refused).
   */
  public List<LoggedAccess> search(Actor auditor, AccessLogFilter filter, int first, int pageSize) {
    return logAuditorsRead(auditor, filter, AccessAction.SEARCH)
        .map(scope -> repository.search(scope, filter, first, pageSize))
        .orElse(List.of())
        .stream()
        .map(LoggedAccess::of)
        .toList();
  }

  public long count(Actor auditor, AccessLogFilter filter) {
    return AuditorScope.of(auditor).map(scope -> repository.count(scope, filter)).orElse(0L);
  }

  private static final int EXPORT_PAGE = 1_000;

  /**
   * Writes the entries matching the filter as CSV, oldest first, a page at a time: all of them,
   * however many. The export is logged as such; a login without an authority gets the header only.
   */
  public void export(Actor auditor, AccessLogFilter filter, OutputStream output)
      throws IOException {
    Optional<AuditorScope> scope = logAuditorsRead(auditor, filter, AccessAction.EXPORT);
    try (CSVPrinter printer = AccessLogCsv.printer(output)) {
      long after = 0;
      List<Object[]> page = List.of();
      while (scope.isPresent()
          && (page = repository.exportPage(scope.get(), filter, after, EXPORT_PAGE)).size() > 0) {
        for (Object[] row : page) {
          AccessLogEntry entry = (AccessLogEntry) row[0];
          AccessLogCsv.print(printer, entry, (String) row[1]);
          after = entry.getId();
        }
        repository.clear();
      }
    }
  }

  /**
   * Auditors' reads of the log are logged like every other read, a read refused for want of an
   * authority too: an auditor without one is exactly who a reviewer wants to find.
   *
   * @return the auditor's scope, or empty if the read is refused
   */
  private Optional<AuditorScope> logAuditorsRead(
      Actor auditor, AccessLogFilter filter, AccessAction action) {
    Optional<AuditorScope> scope = AuditorScope.of(auditor);
    accessLog.record(
        auditor,
        new AccessEvent(
            filter.participantId(),
            "access-log",
            null,
            null,
            action,
            scope.isPresent() ? AccessDecision.PERMITTED : AccessDecision.REFUSED,
            scope.isPresent() ? AccessBasis.OWN_AUTHORITY : AccessBasis.NONE,
            scope.isPresent() ? null : NO_AUTHORITY));
    return scope;
  }

  /**
   * The log as a whole (its size, its checkpoints) is for auditors with an authority only.
   *
   * @throws AuditorWithoutAuthorityException if the auditor's login names no authority
   */
  private static void requireScope(Actor auditor) {
    if (AuditorScope.of(auditor).isEmpty()) {
      throw new AuditorWithoutAuthorityException();
    }
  }

  private String signed(AccessLogCheckpoint checkpoint) {
    JsonObject payload =
        Json.createObjectBuilder()
            .add("checkpointId", checkpoint.id())
            .add("firstEntryId", checkpoint.firstEntryId())
            .add("lastEntryId", checkpoint.lastEntryId())
            .add("entries", checkpoint.entryCount())
            .add("chainHash", checkpoint.chainHash())
            .add("checkpointHash", checkpoint.checkpointHash())
            .add("previousHash", checkpoint.previousHash())
            .add("sealedAt", checkpoint.sealedAt().toString())
            .build();
    return Json.createObjectBuilder(payload)
        .add("signature", signature(payload(payload)))
        .build()
        .toString();
  }

  /** The signed text: the fields in a fixed order, whatever order a JSON file keeps them in. */
  private static String payload(JsonObject checkpoint) {
    return String.join(
        "\n",
        checkpoint.get("checkpointId").toString(),
        checkpoint.get("firstEntryId").toString(),
        checkpoint.get("lastEntryId").toString(),
        checkpoint.get("entries").toString(),
        checkpoint.getString("chainHash"),
        checkpoint.getString("checkpointHash"),
        checkpoint.getString("previousHash"),
        checkpoint.getString("sealedAt"));
  }

  private String signature(String payload) {
    return keyedSeals().sign(payload);
  }

  private Seals keyedSeals() {
    return new Seals(
        signingKey.orElseThrow(
            () -> new IllegalStateException("samsyn.audit.signing-key is not configured")));
  }

  private static AccessEvent wholeLogEvent(
      String recordType, String recordId, AccessAction action) {
    return new AccessEvent(
        null,
        recordType,
        recordId,
        null,
        action,
        AccessDecision.PERMITTED,
        AccessBasis.OWN_AUTHORITY,
        null);
  }
}
