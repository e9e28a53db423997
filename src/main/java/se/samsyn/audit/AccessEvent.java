package se.samsyn.audit;

import se.samsyn.organisation.AgencyCode;

/**
 * What was accessed and what was decided. {@code participantId} is null for a search that found
 * nobody; {@code basisReference} is a consent id or the reason for a refusal; {@code recordAgency}
 * is the authority that wrote the record, or null where no one authority did (a participant as a
 * whole, a search, the log itself). Never case content.
 */
public record AccessEvent(
    Long participantId,
    String recordType,
    String recordId,
    String category,
    AccessAction action,
    AccessDecision decision,
    AccessBasis basis,
    String basisReference,
    AgencyCode recordAgency) {

  /** An access to something no one authority wrote. */
  public AccessEvent(
      Long participantId,
      String recordType,
      String recordId,
      String category,
      AccessAction action,
      AccessDecision decision,
      AccessBasis basis,
      String basisReference) {
    this(
        participantId,
        recordType,
        recordId,
        category,
        action,
        decision,
        basis,
        basisReference,
        null);
  }
}
