package se.samsyn.consent;

/** The kinds of information a consent or a restriction names. */
public enum InformationCategory {
  IDENTITY_AND_CONTACT,
  ENGAGEMENTS,
  NOTES,
  ASSESSMENTS,
  MEETINGS,
  PLANS,
  INTERVENTIONS,
  HEALTH_DETAILS
}
