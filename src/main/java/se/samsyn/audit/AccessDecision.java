package se.samsyn.audit;

public enum AccessDecision {
  PERMITTED,
  REFUSED
}
