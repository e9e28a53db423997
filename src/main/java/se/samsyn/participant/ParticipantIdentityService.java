package se.samsyn.participant;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import se.samsyn.audit.AccessAction;
import se.samsyn.audit.Actor;
import se.samsyn.consent.EngagedParticipants;
import se.samsyn.organisation.AgencyCode;
import se.samsyn.platform.Clocks;

/**
 * The identity facts all authorities share (rule 10): the protected-identity marker and the
 * personal identity number. Only an authority with an open engagement changes them; each change is
 * logged as an update of the participant. A caller who may not change them is answered as if the
 * person did not exist, before anything about the request is checked.
 */
@Stateless
public class ParticipantIdentityService {

  @Inject private ParticipantRepository repository;
  @Inject private ParticipantAccess access;
  @Inject private EngagedParticipants engaged;
  @Inject private Event<ParticipantsMerged> merged;

  @Inject private Clock clock;

  /**
   * Marks the person's identity protected, for every authority engaged with them; a marker already
   * set stays as it is.
   *
   * @return false if the caller's authority has no open engagement with the person
   */
  public boolean protectIdentity(Actor actor, String reference) {
    AgencyCode agency = ParticipantService.agencyOf(actor);
    Optional<Participant> participant = access.openlyEngaged(actor, reference, AccessAction.UPDATE);
    participant.ifPresent(
        p ->
            p.protectIdentity(agency, actor.username(), Instant.now(clock))
                .ifPresent(repository::persist));
    return participant.isPresent();
  }

  /**
   * Lifts the protected-identity marker; only the authority that set it may, with a reason, which
   * its identity history keeps.
   *
   * @return false if the caller's authority has no open engagement with the person
   * @throws ProtectedIdentityException if the marker is not set, was set by another authority, or
   *     no reason is given
   */
  public boolean liftProtection(Actor actor, String reference, String reason) {
    AgencyCode agency = ParticipantService.agencyOf(actor);
    Optional<Participant> participant = access.openlyEngaged(actor, reference, AccessAction.UPDATE);
    participant.ifPresent(
        p ->
            repository.persist(
                p.liftProtection(agency, actor.username(), reason, Instant.now(clock))));
    return participant.isPresent();
  }

  /**
   * Gives the participant a new number; the reference and everything recorded stay. The old number
   * goes into the history with the authorities engaged with the person now (closed cases included:
   * they knew the person by it), and still finds the person for them.
   *
   * @return false if the caller's authority has no open engagement with the person
   * @throws InvalidNumberException if the new number is not a valid one
   * @throws NumberInUseException if another participant has the number; joining two participants is
   *     a separate matter
   */
  public boolean changeNumber(Actor actor, String reference, String newNumber, String reason) {
    AgencyCode agency = ParticipantService.agencyOf(actor);
    Optional<Participant> participant = access.openlyEngaged(actor, reference, AccessAction.UPDATE);
    participant.ifPresent(
        p -> {
          PersonalIdentityNumber number = validNumber(newNumber, "newNumber");
          if (repository.numberBelongsToAnother(number, p)) {
            throw new NumberInUseException().about("newNumber");
          }
          FormerNumber former =
              new FormerNumber(
                  p,
                  repository.engagedAuthorities(p.getId()),
                  agency,
                  actor.username(),
                  reason,
                  Instant.now(clock));
          p.changeNumber(number);
          repository.persist(former);
        });
    return participant.isPresent();
  }

  /**
   * Joins two participants found to be one person: the survivor keeps its reference and number; the
   * duplicate's records move to it and keep their authorities, its number becomes a former number
   * for the authorities that knew the person by it, and its reference leads to the survivor. Only
   * an authority with an open engagement with both does it, deliberately, with a reason; both are
   * logged.
   *
   * @return false if the caller's authority lacks an open engagement with either
   * @throws InvalidParticipantDataException if the two are one already, or no reason is given
   */
  public boolean merge(
      Actor actor, String survivorReference, String duplicateReference, String reason) {
    AgencyCode agency = ParticipantService.agencyOf(actor);
    Optional<Participant> survivor =
        access.openlyEngaged(actor, survivorReference, AccessAction.UPDATE);
    Optional<Participant> duplicate =
        survivor.flatMap(
            s ->
                access.openlyEngaged(
                    actor,
                    duplicateReference == null ? "" : duplicateReference,
                    AccessAction.UPDATE));
    if (survivor.isEmpty() || duplicate.isEmpty()) {
      return false;
    }
    Participant s = survivor.get();
    Participant d = duplicate.get();
    Instant now = Instant.now(clock);
    d.mergeInto(s, agency, actor.username(), reason, now);
    repository.persist(
        new FormerNumber(
            d, repository.engagedAuthorities(d.getId()), agency, actor.username(), reason, now));
    long survivorId = s.getId();
    long duplicateId = d.getId();
    repository.moveRecords(d, s);
    merged.fire(new ParticipantsMerged(survivorId, duplicateId));
    return true;
  }

  /**
   * Joins to the participant the caller's authority's registration of the same person under another
   * number, found by that number (as the participant page asks for it).
   *
   * @return false if the caller's authority has no open engagement with a participant of that
   *     number, or with the survivor
   * @throws InvalidNumberException if the number is not a valid one
   */
  public boolean mergeDuplicateNumbered(
      Actor actor, String survivorReference, String duplicateNumber, String reason) {
    PersonalIdentityNumber number = validNumber(duplicateNumber, "duplicateNumber");
    return repository
        .findByNumber(number)
        .map(duplicate -> merge(actor, survivorReference, duplicate.getReference(), reason))
        .orElseGet(
            () -> {
              engaged.refuse(actor, null, ParticipantAccess.RECORD_TYPE, null, AccessAction.UPDATE);
              return false;
            });
  }

  /**
   * @throws InvalidNumberException naming why the text is no valid number
   */
  private PersonalIdentityNumber validNumber(String text, String field) {
    PersonalIdentityNumber.Parsed parsed =
        PersonalIdentityNumber.parse(text == null ? "" : text, Clocks.today(clock));
    return parsed
        .number()
        .orElseThrow(() -> new InvalidNumberException(parsed.reason().orElseThrow()).about(field));
  }
}
