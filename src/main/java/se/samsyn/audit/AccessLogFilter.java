package se.samsyn.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * What an auditor looks for; every field is optional. {@code agency} is the acting staff's
 * authority. A consent id finds the reads that consent permitted; the basis finds, for instance,
 * every emergency access. What the auditor may see at all is their {@link AuditorScope}, applied on
 * top.
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
}
