package se.samsyn.audit;

public enum AccessBasis {
  OWN_AUTHORITY,
  CONSENT,
  EMERGENCY,
  NONE
}
