package se.samsyn.note;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import se.samsyn.audit.AccessAction;
import se.samsyn.audit.AccessBasis;
import se.samsyn.audit.AccessDecision;
import se.samsyn.audit.AccessEvent;
import se.samsyn.audit.AccessLog;
import se.samsyn.audit.Actor;
import se.samsyn.consent.ParticipantRegister;
import se.samsyn.organisation.AgencyCode;
import se.samsyn.organisation.OrganisationService;
import se.samsyn.organisation.StaffMember;

/**
 * Writes coordination notes. Only an authority engaged with the participant writes about them;
 * reading goes through the timeline and its disclosure gate.
 */
@Stateless
public class NoteService {

  static final String RECORD_TYPE = "note";
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @PersistenceContext private EntityManager entityManager;
  @Inject private ParticipantRegister participants;
  @Inject private OrganisationService organisation;
  @Inject private AccessLog accessLog;

  private final Clock clock = Clock.systemUTC();

  /**
   * @return the note's id, or empty if the caller's authority is not engaged with the participant
   *     (logged as refused, answered as if the person did not exist)
   */
  public Optional<Long> write(Actor actor, String participantReference, NoteDraft draft) {
    Optional<Long> participantId = participants.idOf(participantReference);
    Optional<AgencyCode> agency = participantId.flatMap(id -> engagedAgency(actor, id));
    if (agency.isEmpty()) {
      log(actor, participantId.orElse(null), participantReference, AccessDecision.REFUSED);
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
            agency.get(),
            actor.username(),
            authorName,
            draft,
            LocalDate.now(clock.withZone(SWEDEN)),
            Instant.now(clock));
    entityManager.persist(note);
    entityManager.flush();
    log(actor, participantId.get(), String.valueOf(note.getId()), AccessDecision.PERMITTED);
    return Optional.of(note.getId());
  }

  private Optional<AgencyCode> engagedAgency(Actor actor, long participantId) {
    return participants.engagedAuthorities(participantId).stream()
        .filter(engaged -> engaged.value().equals(actor.agency()))
        .findFirst();
  }

  private void log(Actor actor, Long participantId, String recordId, AccessDecision decision) {
    boolean permitted = decision == AccessDecision.PERMITTED;
    accessLog.record(
        actor,
        new AccessEvent(
            participantId,
            RECORD_TYPE,
            recordId,
            null,
            AccessAction.CREATE,
            decision,
            permitted ? AccessBasis.OWN_AUTHORITY : AccessBasis.NONE,
            permitted ? actor.agency() : "no engagement of the caller's authority"));
  }
}
