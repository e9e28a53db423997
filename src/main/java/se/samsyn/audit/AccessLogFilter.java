package se.samsyn.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * What an auditor looks for; every field is optional. A consent id finds the reads that consent
 * permitted; the basis finds, for instance, every emergency access.
 */
public record AccessLogFilter(
    Long participantId,
    String username,
    String agency,
    Instant from,
    Instant to,
    AccessAction action,
    AccessDecision decision,
    AccessBasis basis,
    Long consentId)
    implements Serializable {

  public static AccessLogFilter everything() {
    return new AccessLogFilter(null, null, null, null, null, null, null, null, null);
  }

  public AccessLogFilter forAgency(String onlyAgency) {
    return new AccessLogFilter(
        participantId, username, onlyAgency, from, to, action, decision, basis, consentId);
  }
}
