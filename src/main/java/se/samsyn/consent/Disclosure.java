package se.samsyn.consent;

import se.samsyn.audit.AccessBasis;

/**
 * The gate's answer for one record: permitted on some basis (with the id of the consent or the
 * emergency access it rests on), or refused — and if refused because of a restriction, staff may be
 * told that restricted information exists.
 */
public record Disclosure(boolean permitted, AccessBasis basis, Long basisId, boolean restricted) {

  static Disclosure ownAuthority() {
    return new Disclosure(true, AccessBasis.OWN_AUTHORITY, null, false);
  }

  static Disclosure byConsent(Long consentId) {
    return new Disclosure(true, AccessBasis.CONSENT, consentId, false);
  }

  static Disclosure byEmergency(Long emergencyAccessId) {
    return new Disclosure(true, AccessBasis.EMERGENCY, emergencyAccessId, false);
  }

  static Disclosure refused() {
    return new Disclosure(false, AccessBasis.NONE, null, false);
  }

  static Disclosure refusedByRestriction() {
    return new Disclosure(false, AccessBasis.NONE, null, true);
  }

  /** What the access log keeps as the basis: the consent or emergency access id, or why not. */
  String basisReference(String reader) {
    if (basisId != null) {
      return String.valueOf(basisId);
    }
    if (permitted) {
      return reader;
    }
    return restricted ? "restricted" : "no consent";
  }
}
