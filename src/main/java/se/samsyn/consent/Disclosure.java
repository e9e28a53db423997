package se.samsyn.consent;

import se.samsyn.audit.AccessBasis;

/**
 * The gate's answer for one record: permitted on some basis (with the id of the consent or the
 * emergency access it rests on), or refused. A refused record may be counted for the reader ("N
 * records from other authorities require consent") only if its authority has itself told the
 * reader's authority that it is involved, by recording or confirming a consent naming it; if
 * refused because of a restriction, staff may be told that restricted information exists.
 */
public record Disclosure(
    boolean permitted, AccessBasis basis, Long basisId, boolean restricted, boolean counted) {

  static Disclosure ownAuthority() {
    return new Disclosure(true, AccessBasis.OWN_AUTHORITY, null, false, true);
  }

  static Disclosure byConsent(Long consentId) {
    return new Disclosure(true, AccessBasis.CONSENT, consentId, false, true);
  }

  static Disclosure byEmergency(Long emergencyAccessId) {
    return new Disclosure(true, AccessBasis.EMERGENCY, emergencyAccessId, false, true);
  }

  static Disclosure refused(boolean counted) {
    return new Disclosure(false, AccessBasis.NONE, null, false, counted);
  }

  static Disclosure refusedByRestriction(boolean counted) {
    return new Disclosure(false, AccessBasis.NONE, null, true, counted);
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
