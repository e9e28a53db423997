package se.samsyn.consent;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.samsyn.audit.AccessAction;
import se.samsyn.audit.AccessBasis;
import se.samsyn.audit.AccessDecision;
import se.samsyn.audit.AccessEvent;
import se.samsyn.audit.AccessLog;
import se.samsyn.audit.Actor;

/**
 * Records, lists and lifts restrictions (spärr): the participant's wish that information never
 * reaches an authority, whatever a consent says. Only an authority engaged with the participant
 * does so; the disclosure gate honours a restriction from the moment it is recorded.
 */
@Stateless
public class RestrictionService {

  private static final String RECORD_TYPE = "restriction";

  @Inject private ConsentRepository repository;
  @Inject private EngagedParticipants engaged;
  @Inject private AccessLog accessLog;

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
   * Lifts a restriction at once, on the participant's word; only an authority engaged with the
   * participant records it.
   *
   * @return false if there is no such restriction of a participant the caller's authority is
   *     engaged with
   */
  public boolean lift(Actor actor, long restrictionId, String reason) {
    Optional<Restriction> restriction =
        repository
            .findRestriction(restrictionId)
            .filter(r -> engaged.hasEngagement(actor, r.getParticipantId()));
    restriction.ifPresent(
        r -> {
          r.lift(reason, actor.username(), Instant.now(clock));
          log(actor, r, AccessAction.UPDATE);
        });
    if (restriction.isEmpty()) {
      accessLog.record(
          actor,
          new AccessEvent(
              null,
              RECORD_TYPE,
              String.valueOf(restrictionId),
              null,
              AccessAction.UPDATE,
              AccessDecision.REFUSED,
              AccessBasis.NONE,
              "no engagement of the caller's authority"));
    }
    return restriction.isPresent();
  }

  /** The participant's restrictions, for the authorities engaged with them. */
  public Optional<List<RestrictionView>> restrictions(Actor actor, String participantReference) {
    return engaged
        .openlyEngaged(actor, participantReference, RECORD_TYPE, AccessAction.CREATE)
        .map(
            id ->
                repository.restrictions(id).stream()
                    .peek(restriction -> log(actor, restriction, AccessAction.READ))
                    .map(RestrictionView::of)
                    .toList());
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
