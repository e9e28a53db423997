package se.samsyn.participant;

/** The sex recorded for follow-up statistics; starts as the legal sex and may be changed. */
public enum Sex {
  FEMALE,
  MALE,
  OTHER
}
