package se.samsyn.audit;

import java.time.Instant;

/**
 * The hashes that make the log tamper-evident. Each sealed entry extends a running SHA-256 chain;
 * each checkpoint binds the chain's state to the checkpoint before it. Changing, removing or
 * inserting an entry breaks the chain from that entry on.
 */
final class SealChain {

  static final String GENESIS = "0".repeat(64);

  private SealChain() {}

  static String extend(String chainHash, String canonicalEntry) {
    return AccessLogEntry.sha256(chainHash + "\n" + canonicalEntry);
  }

  static String checkpointHash(
      String previousCheckpointHash,
      long firstEntryId,
      long lastEntryId,
      long count,
      String chainHash,
      Instant sealedAt) {
    return AccessLogEntry.sha256(
        String.join(
            "\n",
            previousCheckpointHash,
            Long.toString(firstEntryId),
            Long.toString(lastEntryId),
            Long.toString(count),
            chainHash,
            sealedAt.toString()));
  }
}
