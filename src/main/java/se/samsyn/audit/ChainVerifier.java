package se.samsyn.audit;

import java.util.List;
import java.util.Optional;
import se.samsyn.audit.verifier.Seals;

/**
 * Recomputes one checkpoint's part of the chain from the entries as they are now and compares it
 * with the seals: finds the first entry that was changed, removed, or inserted into a sealed range.
 */
final class ChainVerifier {

  /** An entry as the database holds it now. */
  record StoredEntry(long id, String canonical) {}

  /** The chain hash the sealer wrote after an entry. */
  record Seal(long entryId, String chainHash) {}

  /** The first problem found and where. */
  record Problem(long position, String description) {}

  private ChainVerifier() {}

  /**
   * @param scheme keyed, or unkeyed for checkpoints sealed before the seals were keyed
   * @param chainBefore the chain hash after the previous checkpoint
   * @param entries the entries with ids in the checkpoint's range, in id order
   * @param seals the checkpoint's seals, in entry id order
   */
  static Optional<Problem> verify(
      Seals scheme,
      String chainBefore,
      long firstEntryId,
      String chainAfter,
      List<StoredEntry> entries,
      List<Seal> seals) {
    String chain = chainBefore;
    int e = 0;
    int s = 0;
    while (e < entries.size() || s < seals.size()) {
      StoredEntry entry = e < entries.size() ? entries.get(e) : null;
      Seal seal = s < seals.size() ? seals.get(s) : null;
      if (seal == null || (entry != null && entry.id() < seal.entryId())) {
        return Optional.of(new Problem(entry.id(), "entry inserted into a sealed range"));
      }
      if (entry == null || seal.entryId() < entry.id()) {
        return Optional.of(new Problem(seal.entryId(), "sealed entry removed"));
      }
      chain = scheme.extend(chain, entry.canonical());
      if (!chain.equals(seal.chainHash())) {
        return Optional.of(new Problem(entry.id(), "entry changed after it was sealed"));
      }
      e++;
      s++;
    }
    if (!chain.equals(chainAfter)) {
      return Optional.of(new Problem(firstEntryId, "seals do not match their checkpoint"));
    }
    return Optional.empty();
  }
}
