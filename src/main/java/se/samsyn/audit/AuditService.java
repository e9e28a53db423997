package se.samsyn.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals, verifies and exports the access log, and searches it for auditors. Auditors' own searches
 * and exports are logged like every other read.
 */
@Stateless
public class AuditService {

  private static final int SEAL_BATCH = 10_000;
  private static final String HMAC = "HmacSHA256";
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
   * transactions still in flight are not passed over.
   *
   * @return the number of entries sealed
   */
  public int seal() {
    repository.lockSealing();
    Optional<AccessLogCheckpoint> last = repository.latestCheckpoint();
    String chain = last.map(AccessLogCheckpoint::chainHash).orElse(SealChain.GENESIS);
    String previous = last.map(AccessLogCheckpoint::checkpointHash).orElse(SealChain.GENESIS);
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
      return 0;
    }
    List<String> chainHashes = new ArrayList<>();
    for (AccessLogEntry entry : batch) {
      chain = SealChain.extend(chain, entry.canonical());
      chainHashes.add(chain);
    }
    AccessLogCheckpoint checkpoint =
        new AccessLogCheckpoint(
            previous,
            batch.get(0).getId(),
            batch.get(batch.size() - 1).getId(),
            batch.size(),
            chain,
            now);
    repository.persist(checkpoint);
    repository.flush();
    for (int i = 0; i < batch.size(); i++) {
      repository.persist(
          new AccessLogSeal(batch.get(i).getId(), chainHashes.get(i), checkpoint.id()));
    }
    return batch.size();
  }

  /**
   * Recomputes every checkpoint and seal from the entries as they are now.
   *
   * @throws AuditorWithoutAuthorityException if the auditor's login names no authority
   */
  public VerificationResult verify(Actor auditor) {
    requireScope(auditor);
    return verifyUpTo(Long.MAX_VALUE);
  }

  private VerificationResult verifyUpTo(long lastCheckpointId) {
    long entries = repository.countEntries();
    List<AccessLogCheckpoint> checkpoints = repository.checkpointsUpTo(lastCheckpointId);
    String chain = SealChain.GENESIS;
    String previous = SealChain.GENESIS;
    long expectedFirst = 1;
    for (AccessLogCheckpoint checkpoint : checkpoints) {
      if (!checkpoint.previousHash().equals(previous) || !checkpoint.isConsistent()) {
        return VerificationResult.broken(
            entries, checkpoints.size(), checkpoint.firstEntryId(), "checkpoint chain broken");
      }
      Optional<ChainVerifier.Problem> problem =
          ChainVerifier.verify(
              chain,
              checkpoint.firstEntryId(),
              checkpoint.chainHash(),
              repository
                  .entriesBetween(
                      Math.min(expectedFirst, checkpoint.firstEntryId()), checkpoint.lastEntryId())
                  .stream()
                  .map(e -> new ChainVerifier.StoredEntry(e.getId(), e.canonical()))
                  .toList(),
              repository.sealsOf(checkpoint.id()).stream()
                  .map(s -> new ChainVerifier.Seal(s.entryId(), s.chainHash()))
                  .toList());
      if (problem.isPresent()) {
        return VerificationResult.broken(
            entries, checkpoints.size(), problem.get().position(), problem.get().description());
      }
      chain = checkpoint.chainHash();
      previous = checkpoint.checkpointHash();
      expectedFirst = checkpoint.lastEntryId() + 1;
    }
    return new VerificationResult(true, entries, checkpoints.size(), null, null);
  }

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
                new AccessEvent(
                    null,
                    "access-log-checkpoint",
                    String.valueOf(checkpoint.id()),
                    null,
                    AccessAction.EXPORT,
                    AccessDecision.PERMITTED,
                    AccessBasis.OWN_AUTHORITY,
                    null)));
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
    return verifyUpTo(checkpointId);
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

  /** At most this many entries go into one export; narrow the filter for more. */
  public static final int MAX_EXPORT = 50_000;

  /** The entries matching the filter, for an export, which is logged as such. */
  public List<LoggedAccess> export(Actor auditor, AccessLogFilter filter) {
    return logAuditorsRead(auditor, filter, AccessAction.EXPORT)
        .map(scope -> repository.search(scope, filter, 0, MAX_EXPORT))
        .orElse(List.of())
        .stream()
        .map(LoggedAccess::of)
        .toList();
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
    String key =
        signingKey.orElseThrow(
            () -> new IllegalStateException("samsyn.audit.signing-key is not configured"));
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), HMAC));
      return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
    }
  }
}
