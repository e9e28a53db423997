package se.samsyn.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * The one place that answers "is the caller's authority engaged with this person". Writing about a
 * person (a note, a consent, a restriction, a change of their data, a confirmation) needs an
 * engagement open today; a closed engagement keeps the authority's read access to its own records
 * only. A caller without a valid authority is engaged with nobody.
 */
@ApplicationScoped
public class EngagedParticipants {

  private static final String NOT_ENGAGED = "no open engagement of the caller's authority";

  @Inject private ParticipantRegister participants;
  @Inject private AccessLog accessLog;

  /**
   * The participant's id if the caller's authority has an open engagement with them; otherwise
   * empty, and the refusal is logged as one for an unknown person would be.
   */
  public Optional<Long> openlyEngaged(
      Actor actor, String reference, String recordType, AccessAction action) {
    Optional<Long> participantId = participants.idOf(reference);
    if (participantId.map(id -> hasOpenEngagement(actor, id)).orElse(false)) {
      return participantId;
    }
    refuse(actor, participantId.orElse(null), recordType, reference, action);
    return Optional.empty();
  }

  /** Whether the caller's authority is or has been engaged with the participant. */
  public boolean hasEngagement(Actor actor, long participantId) {
    return contains(participants.engagedAuthorities(participantId), actor);
  }

  /** Whether the caller's authority has an engagement with the participant open today. */
  public boolean hasOpenEngagement(Actor actor, long participantId) {
    return contains(participants.openlyEngagedAuthorities(participantId), actor);
  }

  /** Logs a write refused for want of an open engagement, naming no other authority. */
  /** The access log's record_id column (V3__access_log.sql). */
  private static final int MAX_LOGGED_ID = 100;

  public void refuse(
      Actor actor, Long participantId, String recordType, String recordId, AccessAction action) {
    accessLog.record(
        actor,
        new AccessEvent(
            participantId,
            recordType,
            loggable(recordId),
            null,
            action,
            AccessDecision.REFUSED,
            AccessBasis.NONE,
            participantId == null ? "unknown" : NOT_ENGAGED));
  }

  /**
   * A refused id comes from the caller and may be anything: kept in the log as far as its column
   * holds it and without control characters, so that logging the refusal never fails the request.
   */
  private static String loggable(String recordId) {
    if (recordId == null) {
      return null;
    }
    String printable =
        recordId
            .codePoints()
            .map(c -> Character.isISOControl(c) ? '?' : c)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    return printable.length() <= MAX_LOGGED_ID
        ? printable
        : printable.substring(0, MAX_LOGGED_ID - 1) + "…";
  }

  private static boolean contains(Set<AgencyCode> engaged, Actor actor) {
    return AgencyCode.parse(actor.agency()).map(engaged::contains).orElse(false);
  }
}
