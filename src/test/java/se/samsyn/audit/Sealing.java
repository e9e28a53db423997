package se.samsyn.audit;

import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import se.samsyn.test.MovableClock;

/**
 * Seals what a test wrote, as the sealer does once the seal delay has passed: the clock moved past
 * the tests' delay (PT30S, see the Failsafe settings). Another sealer may hold the seal lock at
 * that moment (this deployment's scheduled one, or the application's under test on the same
 * database), and a seal that finds the lock taken skips: so this one tries again until it gets the
 * lock, within a bound, and what was written before the call is sealed when it returns (up to one
 * seal's batch of 10,000 entries, far more than the tests leave unsealed).
 */
final class Sealing {

  /** Longer than the tests' seal delay. */
  static final Duration PAST_THE_SEAL_DELAY = Duration.ofSeconds(31);

  /** Far longer than another sealer holds the lock for the few entries of a test run. */
  private static final Duration LOCK_BOUND = Duration.ofSeconds(30);

  private Sealing() {}

  /**
   * @return the number of entries this seal sealed (those the other sealer got to first are not
   *     counted)
   * @throws AssertionError if another sealer holds the lock for longer than the bound
   */
  static int sealAll(AuditService auditService, UserTransaction transaction) throws Exception {
    MovableClock.moveBy(PAST_THE_SEAL_DELAY);
    try {
      Instant deadline = Instant.now().plus(LOCK_BOUND);
      while (true) {
        Optional<Integer> sealed = sealOnce(auditService, transaction);
        if (sealed.isPresent()) {
          return sealed.get();
        }
        if (Instant.now().isAfter(deadline)) {
          throw new AssertionError("Another sealer held the seal lock for over " + LOCK_BOUND);
        }
        Thread.sleep(100);
      }
    } finally {
      MovableClock.reset();
    }
  }

  private static Optional<Integer> sealOnce(AuditService auditService, UserTransaction transaction)
      throws Exception {
    transaction.begin();
    try {
      Optional<Integer> sealed = auditService.seal();
      transaction.commit();
      return sealed;
    } catch (Exception | Error e) {
      transaction.rollback();
      throw e;
    }
  }
}
