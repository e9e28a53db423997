package se.samsyn.consent;

/** On what an authority is satisfied that the participant gave the consent another recorded. */
public enum ConfirmationBasis {
  /** A case worker of the confirming authority has seen the signed consent form. */
  SIGNED_FORM_SEEN,
  /** A case worker of the confirming authority was present when the consent was given orally. */
  PRESENT_WHEN_GIVEN,
  /** Something else, told in the confirmation's text. */
  OTHER
}
