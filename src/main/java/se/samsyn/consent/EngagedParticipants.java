package se.samsyn.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import se.samsyn.audit.AccessAction;
import se.samsyn.audit.AccessBasis;
import se.samsyn.audit.AccessDecision;
import se.samsyn.audit.AccessEvent;
import se.samsyn.audit.AccessLog;
import se.samsyn.audit.Actor;
import se.samsyn.organisation.AgencyCode;

/**
 * Whether the caller's authority is or has been engaged with a participant: only such an authority
 * records consents and restrictions about them.
 */
@ApplicationScoped
class EngagedParticipants {

  @Inject private ParticipantRegister participants;
  @Inject private AccessLog accessLog;

  /**
   * The participant's id if the caller's authority is engaged with them; otherwise empty, and the
   * refusal is logged as one for an unknown person would be.
   */
  Optional<Long> participant(Actor actor, String reference, String recordType) {
    Optional<Long> participantId = participants.idOf(reference);
    if (participantId.map(id -> isEngaged(actor, id)).orElse(false)) {
      return participantId;
    }
    accessLog.record(
        actor,
        new AccessEvent(
            participantId.orElse(null),
            recordType,
            reference,
            null,
            AccessAction.READ,
            AccessDecision.REFUSED,
            AccessBasis.NONE,
            participantId.isPresent() ? "no engagement of the caller's authority" : "unknown"));
    return Optional.empty();
  }

  boolean isEngaged(Actor actor, long participantId) {
    try {
      return participants.engagedAuthorities(participantId).contains(AgencyCode.of(actor.agency()));
    } catch (IllegalArgumentException noAuthority) {
      return false;
    }
  }
}
