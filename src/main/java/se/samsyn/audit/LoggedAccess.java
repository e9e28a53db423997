package se.samsyn.audit;

import java.io.Serializable;
import java.time.Instant;

/** One access-log entry as auditors see it. */
public record LoggedAccess(
    long position,
    Instant occurredAt,
    String username,
    String agency,
    String roles,
    String clientAddress,
    String sessionHash,
    Long participantId,
    String recordType,
    String recordId,
    String category,
    AccessAction action,
    AccessDecision decision,
    AccessBasis basis,
    String basisReference,
    String recordAgency)
    implements Serializable {

  static LoggedAccess of(AccessLogEntry entry) {
    return new LoggedAccess(
        entry.getId(),
        entry.getOccurredAt(),
        entry.getUsername(),
        entry.getAgency(),
        entry.getRoles(),
        entry.getClientAddress(),
        entry.getSessionHash(),
        entry.getParticipantId(),
        entry.getRecordType(),
        entry.getRecordId(),
        entry.getCategory(),
        entry.getAction(),
        entry.getDecision(),
        entry.getBasis(),
        entry.getBasisReference(),
        entry.getRecordAgency());
  }
}
