package se.samsyn.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samsyn.audit.ChainVerifier.Problem;
import se.samsyn.audit.ChainVerifier.Seal;
import se.samsyn.audit.ChainVerifier.StoredEntry;
import se.samsyn.audit.verifier.Seals;

class ChainVerifierTest {

  private static final Seals SEALS = new Seals("test-key");

  private final List<StoredEntry> entries =
      new ArrayList<>(
          List.of(
              new StoredEntry(1, "anna|READ|p1"),
              new StoredEntry(2, "anna|SEARCH|p2"),
              new StoredEntry(4, "bertil|READ|p1"),
              new StoredEntry(5, "bertil|UPDATE|p1")));
  private final List<Seal> seals = new ArrayList<>();
  private String chainAfter;

  ChainVerifierTest() {
    String chain = Seals.GENESIS;
    for (StoredEntry entry : entries) {
      chain = SEALS.extend(chain, entry.canonical());
      seals.add(new Seal(entry.id(), chain));
    }
    chainAfter = chain;
  }

  @Test
  void anUntouchedRangeIsIntactEvenWithGapsFromRolledBackWrites() {
    assertEquals(Optional.empty(), verify());
  }

  @Test
  void aChangedEntryIsFoundAtItsPosition() {
    entries.set(1, new StoredEntry(2, "anna|SEARCH|p3"));

    assertEquals(Optional.of(new Problem(2, "entry changed after it was sealed")), verify());
  }

  @Test
  void aRemovedEntryIsFoundAtItsPosition() {
    entries.remove(2);

    assertEquals(Optional.of(new Problem(4, "sealed entry removed")), verify());
  }

  @Test
  void anEntryInsertedIntoTheSealedRangeIsFound() {
    entries.add(2, new StoredEntry(3, "eve|READ|p1"));

    assertEquals(Optional.of(new Problem(3, "entry inserted into a sealed range")), verify());
  }

  @Test
  void sealsRewrittenToMatchAChangedEntryStillDisagreeWithTheCheckpoint() {
    entries.set(3, new StoredEntry(5, "bertil|UPDATE|p9"));
    seals.set(3, new Seal(5, SEALS.extend(seals.get(2).chainHash(), "bertil|UPDATE|p9")));

    assertEquals(Optional.of(new Problem(1, "seals do not match their checkpoint")), verify());
  }

  @Test
  void theCheckpointHashCoversEveryField() {
    java.time.Instant sealedAt = java.time.Instant.parse("2026-11-22T10:00:00Z");
    String hash = SEALS.checkpointHash(Seals.GENESIS, 1, 5, 4, chainAfter, sealedAt);

    assertTrue(!hash.equals(SEALS.checkpointHash(Seals.GENESIS, 1, 5, 3, chainAfter, sealedAt)));
    assertTrue(!hash.equals(SEALS.checkpointHash(Seals.GENESIS, 1, 6, 4, chainAfter, sealedAt)));
    assertTrue(
        !hash.equals(
            SEALS.checkpointHash(Seals.GENESIS, 1, 5, 4, chainAfter, sealedAt.plusSeconds(1))));
  }

  private Optional<Problem> verify() {
    return ChainVerifier.verify(SEALS, Seals.GENESIS, 1, chainAfter, entries, seals);
  }
}
