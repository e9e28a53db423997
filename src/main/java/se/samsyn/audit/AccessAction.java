package se.samsyn.audit;

public enum AccessAction {
  READ,
  SEARCH,
  CREATE,
  UPDATE,
  EXPORT,
  PRINT
}
