package se.samsyn.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import se.samsyn.audit.verifier.CheckpointLine;
import se.samsyn.audit.verifier.Seals;

/** A batch of sealed entries: how many, which, the chain's hash at the end, and its own hash. */
@Entity
@Table(name = "access_log_checkpoint")
class AccessLogCheckpoint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "sealed_at", nullable = false, updatable = false)
  private OffsetDateTime sealedAt;

  @Column(name = "first_entry_id", nullable = false, updatable = false)
  private long firstEntryId;

  @Column(name = "last_entry_id", nullable = false, updatable = false)
  private long lastEntryId;

  @Column(name = "entry_count", nullable = false, updatable = false)
  private long entryCount;

  @Column(name = "chain_hash", nullable = false, updatable = false)
  private String chainHash;

  @Column(name = "previous_hash", nullable = false, updatable = false)
  private String previousHash;

  @Column(name = "checkpoint_hash", nullable = false, updatable = false)
  private String checkpointHash;

  protected AccessLogCheckpoint() {}

  AccessLogCheckpoint(
      String previousHash,
      long firstEntryId,
      long lastEntryId,
      long entryCount,
      String chainHash,
      Instant sealedAt,
      Seals seals) {
    this.previousHash = previousHash;
    this.firstEntryId = firstEntryId;
    this.lastEntryId = lastEntryId;
    this.entryCount = entryCount;
    this.chainHash = chainHash;
    this.sealedAt = sealedAt.atOffset(ZoneOffset.UTC);
    this.checkpointHash =
        seals.checkpointHash(
            previousHash, firstEntryId, lastEntryId, entryCount, chainHash, sealedAt);
  }

  /** Whether the stored hash is still the hash of the stored fields. */
  boolean isConsistent(Seals seals) {
    return checkpointHash.equals(
        seals.checkpointHash(
            previousHash, firstEntryId, lastEntryId, entryCount, chainHash, sealedAt.toInstant()));
  }

  CheckpointLine line() {
    return new CheckpointLine(
        id,
        firstEntryId,
        lastEntryId,
        entryCount,
        chainHash,
        previousHash,
        checkpointHash,
        sealedAt.toInstant());
  }

  Long id() {
    return id;
  }

  Instant sealedAt() {
    return sealedAt.toInstant();
  }

  long firstEntryId() {
    return firstEntryId;
  }

  long lastEntryId() {
    return lastEntryId;
  }

  long entryCount() {
    return entryCount;
  }

  String chainHash() {
    return chainHash;
  }

  String previousHash() {
    return previousHash;
  }

  String checkpointHash() {
    return checkpointHash;
  }
}
