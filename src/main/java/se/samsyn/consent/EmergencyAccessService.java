package se.samsyn.consent;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samsyn.audit.AccessAction;
import se.samsyn.audit.AccessBasis;
import se.samsyn.audit.AccessDecision;
import se.samsyn.audit.AccessEvent;
import se.samsyn.audit.AccessLog;
import se.samsyn.audit.Actor;
import se.samsyn.audit.AuditorScope;
import se.samsyn.organisation.AgencyCode;

/**
 * Emergency access (nödåtkomst). Off unless configuration enables it, because its legal ground
 * outside health care is for each authority's lawyers. When on, a user who gives a reason may read
 * one participant's records for a limited time; the opening and every read are marked in the log,
 * and each access waits in the auditors' review queue.
 */
@Stateless
public class EmergencyAccessService {

  public static final String ENABLED = "samsyn.emergency-access.enabled";
  private static final String RECORD_TYPE = "emergency-access";

  @Inject private ConsentRepository repository;
  @Inject private AccessLog accessLog;
  @Inject private DisclosureGate gate;
  @Inject private ParticipantRegister participants;

  @Inject
  @ConfigProperty(name = ENABLED, defaultValue = "false")
  private boolean enabled;

  @Inject
  @ConfigProperty(name = "samsyn.emergency-access.duration", defaultValue = "PT1H")
  private Duration duration;

  @Inject private Clock clock;

  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Opens emergency access to the participant the caller's feature has looked up by number, or, if
   * nobody has registered the person, logs the attempt (without the number, which names someone who
   * is not a participant). Both go through the same checks in the same order and end alike, so
   * nothing the caller is told distinguishes a registered person from an unknown one; the person
   * then appears in {@link #openedBy}, through the gate.
   *
   * @throws InvalidConsentException if emergency access is not enabled, the caller's login names no
   *     member authority, or no reason is given
   */
  public void open(Actor actor, Optional<Long> participantId, String reason) {
    if (!enabled) {
      throw new InvalidConsentException("emergency.disabled");
    }
    if (AgencyCode.parse(actor.agency()).filter(AgencyCode::isMember).isEmpty()) {
      throw new InvalidConsentException("emergency.noAuthority");
    }
    EmergencyAccess.requireReason(reason);
    if (participantId.isEmpty()) {
      accessLog.record(
          actor,
          new AccessEvent(
              null,
              RECORD_TYPE,
              null,
              null,
              AccessAction.CREATE,
              AccessDecision.REFUSED,
              AccessBasis.EMERGENCY,
              "no match"));
      return;
    }
    EmergencyAccess access =
        new EmergencyAccess(
            participantId.get(),
            actor.agency(),
            actor.username(),
            reason,
            Instant.now(clock),
            duration);
    repository.persist(access);
    accessLog.record(
        actor,
        new AccessEvent(
            participantId.get(),
            RECORD_TYPE,
            String.valueOf(access.getId()),
            null,
            AccessAction.CREATE,
            AccessDecision.PERMITTED,
            AccessBasis.EMERGENCY,
            String.valueOf(access.getId())));
  }

  /**
   * The people the caller may read under their own emergency access right now, each decided (and
   * logged) by the gate before it is shown; none while emergency access is switched off.
   */
  public List<OpenEmergencyAccess> openedBy(Actor actor) {
    if (!enabled) {
      return List.of();
    }
    Instant now = Instant.now(clock);
    return repository.emergencyAccessOf(actor.username()).stream()
        .filter(access -> access.grants(actor.username(), now))
        .flatMap(
            access ->
                participants.referenceOf(access.getParticipantId()).stream()
                    .filter(
                        reference ->
                            gate.decideParticipant(
                                    actor,
                                    access.getParticipantId(),
                                    reference,
                                    InformationCategory.IDENTITY_AND_CONTACT,
                                    AccessAction.SEARCH)
                                .permitted())
                    .map(reference -> new OpenEmergencyAccess(reference, access.getExpiresAt())))
        .toList();
  }

  /**
   * The emergency accesses not yet reviewed, oldest first: those opened by the auditor's authority,
   * or all for an auditor of the förbund; none for a login without an authority. The auditor's read
   * is logged, refused without an authority.
   */
  public List<EmergencyAccessView> reviewQueue(Actor auditor) {
    Optional<AuditorScope> scope = AuditorScope.of(auditor);
    accessLog.record(
        auditor,
        new AccessEvent(
            null,
            "emergency-review-queue",
            null,
            null,
            AccessAction.READ,
            scope.isPresent() ? AccessDecision.PERMITTED : AccessDecision.REFUSED,
            scope.isPresent() ? AccessBasis.OWN_AUTHORITY : AccessBasis.NONE,
            scope.isPresent() ? auditor.agency() : "no authority"));
    return scope.stream()
        .flatMap(
            s ->
                repository.unreviewedEmergencyAccess().stream()
                    .filter(access -> s.covers(access.getAgency())))
        .map(EmergencyAccessView::of)
        .toList();
  }

  /**
   * Marks an emergency access as reviewed, with the auditor's note.
   *
   * @return false if there is no such access the auditor may review
   * @throws InvalidConsentException if it is the auditor's own access, or already reviewed
   */
  public boolean review(Actor auditor, long accessId, String note) {
    Optional<AuditorScope> scope = AuditorScope.of(auditor);
    Optional<EmergencyAccess> access =
        repository
            .findEmergencyAccess(accessId)
            .filter(a -> scope.isPresent() && scope.get().covers(a.getAgency()));
    access.ifPresent(
        a -> {
          a.review(auditor.username(), note, Instant.now(clock));
          accessLog.record(
              auditor,
              new AccessEvent(
                  a.getParticipantId(),
                  RECORD_TYPE,
                  String.valueOf(a.getId()),
                  null,
                  AccessAction.UPDATE,
                  AccessDecision.PERMITTED,
                  AccessBasis.OWN_AUTHORITY,
                  auditor.agency()));
        });
    return access.isPresent();
  }
}
