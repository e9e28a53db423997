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
   * Opens emergency access to a participant the caller's feature has already found.
   *
   * @throws InvalidConsentException if emergency access is not enabled or no reason is given
   */
  public void open(Actor actor, long participantId, String reason) {
    if (!enabled) {
      throw new InvalidConsentException("emergency.disabled");
    }
    EmergencyAccess access =
        new EmergencyAccess(
            participantId, actor.agency(), actor.username(), reason, Instant.now(clock), duration);
    repository.persist(access);
    accessLog.record(
        actor,
        new AccessEvent(
            participantId,
            RECORD_TYPE,
            String.valueOf(access.getId()),
            null,
            AccessAction.CREATE,
            AccessDecision.PERMITTED,
            AccessBasis.EMERGENCY,
            String.valueOf(access.getId())));
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
