package se.samsyn.consent;

/** How the consent was given: in writing, orally and documented, or digitally. */
public enum ConsentForm {
  WRITTEN,
  ORAL_DOCUMENTED,
  DIGITAL
}
