package se.samsyn.audit;

import java.io.Serializable;
import java.time.Instant;

/** What an auditor looks for; every field is optional. */
public record AccessLogFilter(
    Long participantId,
    String username,
    String agency,
    Instant from,
    Instant to,
    AccessAction action,
    AccessDecision decision)
    implements Serializable {

  public static AccessLogFilter everything() {
    return new AccessLogFilter(null, null, null, null, null, null, null);
  }

  public AccessLogFilter forAgency(String onlyAgency) {
    return new AccessLogFilter(participantId, username, onlyAgency, from, to, action, decision);
  }
}
