package se.samsyn.note;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import se.samsyn.audit.AccessAction;
import se.samsyn.audit.AccessBasis;
import se.samsyn.audit.AccessDecision;
import se.samsyn.audit.AccessEvent;
import se.samsyn.audit.AccessLog;
import se.samsyn.audit.Actor;
import se.samsyn.consent.EngagedParticipants;
import se.samsyn.organisation.AgencyCode;
import se.samsyn.organisation.OrganisationService;
import se.samsyn.organisation.StaffMember;
import se.samsyn.platform.Clocks;

/**
 * Writes coordination notes. Only an authority engaged with the participant writes about them;
 * reading goes through the timeline and its disclosure gate.
 */
@Stateless
public class NoteService {

  static final String RECORD_TYPE = "note";

  @PersistenceContext private EntityManager entityManager;
  @Inject private EngagedParticipants engaged;
  @Inject private OrganisationService organisation;
  @Inject private AccessLog accessLog;

  @Inject private Clock clock;

  /**
   * @return the note's id, or empty if the caller's authority is not engaged with the participant
   *     (logged as refused, answered as if the person did not exist)
   */
  public Optional<Long> write(Actor actor, String participantReference, NoteDraft draft) {
    Optional<Long> participantId =
        engaged.openlyEngaged(actor, participantReference, RECORD_TYPE, AccessAction.CREATE);
    if (participantId.isEmpty()) {
      return Optional.empty();
    }
    String authorName =
        organisation
            .staffMember(actor.staffSubject())
            .map(StaffMember::getName)
            .orElse(actor.username());
    CoordinationNote note =
        new CoordinationNote(
            participantId.get(),
            AgencyCode.of(actor.agency()),
            actor.username(),
            authorName,
            draft,
            Clocks.today(clock),
            Instant.now(clock));
    entityManager.persist(note);
    entityManager.flush();
    log(actor, participantId.get(), String.valueOf(note.getId()));
    return Optional.of(note.getId());
  }

  private void log(Actor actor, long participantId, String recordId) {
    accessLog.record(
        actor,
        new AccessEvent(
            participantId,
            RECORD_TYPE,
            recordId,
            null,
            AccessAction.CREATE,
            AccessDecision.PERMITTED,
            AccessBasis.OWN_AUTHORITY,
            actor.agency()));
  }
}
