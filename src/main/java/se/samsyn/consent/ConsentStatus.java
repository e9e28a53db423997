package se.samsyn.consent;

public enum ConsentStatus {
  UPCOMING,
  ACTIVE,
  EXPIRED,
  WITHDRAWN
}
