package se.samsyn.consent;

import java.io.Serializable;
import java.time.Instant;

/** An emergency access as the auditors review it; the participant by the log's id. */
public record EmergencyAccessView(
    long id,
    long participantId,
    String agency,
    String username,
    String reason,
    Instant openedAt,
    Instant expiresAt)
    implements Serializable {

  static EmergencyAccessView of(EmergencyAccess access) {
    return new EmergencyAccessView(
        access.getId(),
        access.getParticipantId(),
        access.getAgency(),
        access.getUsername(),
        access.getReason(),
        access.getOpenedAt(),
        access.getExpiresAt());
  }
}
