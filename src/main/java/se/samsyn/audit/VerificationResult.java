package se.samsyn.audit;

/**
 * What the verifier found: intact, or the first position (entry id) where the log no longer matches
 * its seals, and what is wrong there.
 */
public record VerificationResult(
    boolean intact, long entries, long checkpoints, Long firstBadPosition, String problem) {

  static VerificationResult broken(long entries, long checkpoints, long position, String problem) {
    return new VerificationResult(false, entries, checkpoints, position, problem);
  }
}
