package se.samsyn.consent;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.samsyn.audit.AccessAction;
import se.samsyn.audit.AccessBasis;
import se.samsyn.audit.AccessDecision;
import se.samsyn.audit.AccessEvent;
import se.samsyn.audit.AccessLog;
import se.samsyn.audit.Actor;
import se.samsyn.organisation.AgencyCode;

/**
 * Records, lists and lifts restrictions (spärr): the participant's wish that information never
 * reaches an authority, whatever a consent says. A restriction is a record of the authority that
 * recorded it — an engaged authority other than the restricted one — and only that authority lifts
 * it; the disclosure gate honours a restriction from the moment it is recorded.
 */
@Stateless
public class RestrictionService {

  private static final String RECORD_TYPE = "restriction";

  @Inject private ConsentRepository repository;
  @Inject private EngagedParticipants engaged;
  @Inject private AccessLog accessLog;
  @Inject private ParticipantRegister participants;
  @Inject private DisclosureGate gate;

  @Inject private Clock clock;

  /**
   * Records the participant's wish that information of the categories never reaches the named
   * authority, whatever a consent says.
   *
   * @return the restriction's id, or empty if the caller's authority is not engaged
   */
  public Optional<Long> restrict(
      Actor actor,
      String participantReference,
      String agency,
      Set<InformationCategory> categories,
      String reason) {
    return engaged
        .openlyEngaged(actor, participantReference, RECORD_TYPE, AccessAction.CREATE)
        .map(
            id -> {
              Restriction restriction =
                  new Restriction(
                      id,
                      agency,
                      categories,
                      reason,
                      actor.username(),
                      actor.agency(),
                      Instant.now(clock));
              repository.persist(restriction);
              log(actor, restriction, AccessAction.CREATE);
              return restriction.getId();
            });
  }

  /**
   * Lifts a restriction at once, on the participant's word. Only the authority that recorded it
   * lifts it, while its engagement with the participant is open.
   *
   * @return false if the caller's authority has no open engagement with the participant or may not
   *     see the restriction (it is restricted by it, or no consent lets it see it)
   * @throws InvalidConsentException if the caller may see the restriction but did not record it
   */
  public boolean lift(Actor actor, long restrictionId, String reason) {
    Optional<Restriction> restriction =
        repository
            .findRestriction(restrictionId)
            .filter(r -> !r.isAgainst(actor.agency()))
            .filter(r -> engaged.hasOpenEngagement(actor, r.getParticipantId()));
    if (restriction.isEmpty()) {
      engaged.refuse(actor, null, RECORD_TYPE, String.valueOf(restrictionId), AccessAction.UPDATE);
      return false;
    }
    Restriction r = restriction.get();
    if (!r.getRecordedByAgency().equals(actor.agency())) {
      boolean seen =
          gate.decideAll(actor, r.getParticipantId(), List.of(record(r)), AccessAction.UPDATE)
              .get(0)
              .permitted();
      if (!seen) {
        return false;
      }
      throw new InvalidConsentException("restriction.lifting.recorderOnly");
    }
    r.lift(reason, actor.username(), Instant.now(clock));
    log(actor, r, AccessAction.UPDATE);
    return true;
  }

  /**
   * The participant's restrictions as the caller's authority may see them: its own, and those other
   * authorities recorded where the gate lets them through (category {@code ENGAGEMENTS}). A
   * restriction against the caller's authority is never shown to it, nor its reason or recorder: it
   * learns only the count of restricted records the timeline gives.
   *
   * @return empty if the caller's authority is not and has not been engaged with the participant
   */
  public Optional<List<RestrictionView>> restrictions(Actor actor, String participantReference) {
    Optional<Long> participantId = participants.idOf(participantReference);
    if (participantId.isEmpty() || !engaged.hasEngagement(actor, participantId.get())) {
      engaged.refuse(
          actor, participantId.orElse(null), RECORD_TYPE, participantReference, AccessAction.READ);
      return Optional.empty();
    }
    long id = participantId.get();
    List<Restriction> all = repository.restrictions(id);
    List<Restriction> candidates = new ArrayList<>();
    for (Restriction restriction : all) {
      if (restriction.isAgainst(actor.agency())) {
        gate.withhold(actor, record(restriction), AccessAction.READ);
      } else {
        candidates.add(restriction);
      }
    }
    List<Disclosure> decisions =
        gate.decideAll(
            actor, id, candidates.stream().map(this::record).toList(), AccessAction.READ);
    List<RestrictionView> shown = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (decisions.get(i).permitted()) {
        shown.add(RestrictionView.of(candidates.get(i)));
      }
    }
    return Optional.of(List.copyOf(shown));
  }

  private DisclosedRecord record(Restriction restriction) {
    return new DisclosedRecord(
        restriction.getParticipantId(),
        RECORD_TYPE,
        String.valueOf(restriction.getId()),
        AgencyCode.of(restriction.getRecordedByAgency()),
        InformationCategory.ENGAGEMENTS);
  }

  private void log(Actor actor, Restriction restriction, AccessAction action) {
    accessLog.record(
        actor,
        new AccessEvent(
            restriction.getParticipantId(),
            RECORD_TYPE,
            String.valueOf(restriction.getId()),
            null,
            action,
            AccessDecision.PERMITTED,
            AccessBasis.OWN_AUTHORITY,
            actor.agency()));
  }
}
