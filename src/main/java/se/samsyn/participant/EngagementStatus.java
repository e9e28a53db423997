package se.samsyn.participant;

public enum EngagementStatus {
  OPEN,
  CLOSED
}
