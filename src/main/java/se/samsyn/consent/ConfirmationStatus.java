package se.samsyn.consent;

/**
 * Where one named authority stands on a consent: the recording authority's records flow from the
 * start; another's only while it has confirmed (rule 9 of the consent rule).
 */
public enum ConfirmationStatus {
  RECORDED,
  AWAITING,
  CONFIRMED,
  DECLINED,
  REVOKED;

  /** Whether the authority's own records flow to the other named authorities. */
  public boolean releases() {
    return this == RECORDED || this == CONFIRMED;
  }
}
