package se.samsyn.consent;

import se.samsyn.audit.AccessBasis;

/**
 * The gate's answer for one record: permitted on some basis (the consent id when the basis is a
 * consent), or refused — and if refused because of a restriction, staff may be told that restricted
 * information exists.
 */
public record Disclosure(boolean permitted, AccessBasis basis, Long consentId, boolean restricted) {

  static Disclosure ownAuthority() {
    return new Disclosure(true, AccessBasis.OWN_AUTHORITY, null, false);
  }

  static Disclosure byConsent(Long consentId) {
    return new Disclosure(true, AccessBasis.CONSENT, consentId, false);
  }

  static Disclosure refused() {
    return new Disclosure(false, AccessBasis.NONE, null, false);
  }

  static Disclosure refusedByRestriction() {
    return new Disclosure(false, AccessBasis.NONE, null, true);
  }

  /** What the access log keeps as the basis: the consent id or why it was refused. */
  String basisReference(String reader) {
    if (consentId != null) {
      return String.valueOf(consentId);
    }
    if (permitted) {
      return reader;
    }
    return restricted ? "restricted" : "no consent";
  }
}
