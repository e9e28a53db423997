package se.samsyn.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.BiPredicate;
import se.samsyn.audit.AccessAction;
import se.samsyn.audit.AccessBasis;
import se.samsyn.audit.AccessDecision;
import se.samsyn.audit.AccessEvent;
import se.samsyn.audit.AccessLog;
import se.samsyn.audit.Actor;
import se.samsyn.consent.EngagedParticipants;
import se.samsyn.consent.InformationCategory;

/**
 * The participant a change names, for an authority engaged with them (the engagement itself is
 * answered by {@link EngagedParticipants}); both outcomes go to the access log, a refusal as for an
 * unknown person. The participant services share it so that the check and its log entry are written
 * once.
 */
@ApplicationScoped
class ParticipantAccess {

  static final String RECORD_TYPE = "participant";

  @Inject private ParticipantRepository repository;
  @Inject private EngagedParticipants engagedParticipants;
  @Inject private AccessLog accessLog;

  /** The participant if the caller's authority has an engagement with them open today. */
  Optional<Participant> openlyEngaged(Actor actor, String reference, AccessAction action) {
    return engagedWith(actor, reference, action, engagedParticipants::hasOpenEngagement);
  }

  /** The participant if the caller's authority is or has been engaged with them. */
  Optional<Participant> everEngaged(Actor actor, String reference, AccessAction action) {
    return engagedWith(actor, reference, action, engagedParticipants::hasEngagement);
  }

  /** Logs a permitted access of the caller's own authority to the participant. */
  void logOwn(Actor actor, Participant participant, AccessAction action) {
    accessLog.record(
        actor,
        new AccessEvent(
            participant.getId(),
            RECORD_TYPE,
            participant.getReference(),
            InformationCategory.IDENTITY_AND_CONTACT.name(),
            action,
            AccessDecision.PERMITTED,
            AccessBasis.OWN_AUTHORITY,
            actor.agency()));
  }

  private Optional<Participant> engagedWith(
      Actor actor, String reference, AccessAction action, BiPredicate<Actor, Long> engagement) {
    Optional<Participant> participant = repository.findByReference(reference);
    if (participant.isPresent() && engagement.test(actor, participant.get().getId())) {
      logOwn(actor, participant.get(), action);
      return participant;
    }
    engagedParticipants.refuse(
        actor, participant.map(Participant::getId).orElse(null), RECORD_TYPE, reference, action);
    return Optional.empty();
  }
}
