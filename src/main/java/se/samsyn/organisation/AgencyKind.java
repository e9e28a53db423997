package se.samsyn.organisation;

/** The kinds of member authority of a förbund, and the förbund's own office. */
public enum AgencyKind {
  FK,
  AF,
  REGION,
  KOMMUN,
  FORBUND
}
