package se.samsyn.consent;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samsyn.audit.AccessAction;
import se.samsyn.audit.AccessBasis;
import se.samsyn.audit.AccessDecision;
import se.samsyn.audit.AccessEvent;
import se.samsyn.audit.AccessLog;
import se.samsyn.audit.Actor;
import se.samsyn.participant.ParticipantService;

/**
 * Records, lists and withdraws consents. Only an authority engaged with the participant records a
 * consent, and it must be one of the authorities the consent names; a consent is shown to, and
 * withdrawn by, the authorities it names.
 */
@Stateless
public class ConsentService {

  private static final String RECORD_TYPE = "consent";
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @Inject private ConsentRepository repository;
  @Inject private ParticipantService participants;
  @Inject private AccessLog accessLog;

  @Inject
  @ConfigProperty(name = "samsyn.consent.max-validity", defaultValue = "P12M")
  private Period maximumValidity;

  private final Clock clock = Clock.systemUTC();

  /**
   * @return the consent's id, or empty if the caller's authority may not see the participant
   */
  public Optional<Long> record(Actor actor, String participantReference, ConsentTerms terms) {
    Optional<Long> participantId = participants.engagedParticipantId(actor, participantReference);
    return participantId.map(
        id -> {
          Consent consent =
              new Consent(
                  id, terms, actor.username(), actor.agency(), maximumValidity, Instant.now(clock));
          repository.persist(consent);
          log(actor, consent, AccessAction.CREATE);
          return consent.getId();
        });
  }

  /**
   * The consents naming the caller's authority, newest first; empty if the participant is not
   * visible.
   */
  public Optional<List<ConsentView>> consents(Actor actor, String participantReference) {
    LocalDate today = today();
    return participants
        .engagedParticipantId(actor, participantReference)
        .map(
            id ->
                repository.findByParticipant(id).stream()
                    .filter(consent -> consent.names(actor.agency()))
                    .peek(consent -> log(actor, consent, AccessAction.READ))
                    .map(consent -> ConsentView.of(consent, today))
                    .toList());
  }

  /**
   * Withdraws a consent at once.
   *
   * @return false if there is no such consent naming the caller's authority
   */
  public boolean withdraw(Actor actor, long consentId, String reason) {
    Optional<Consent> consent = repository.find(consentId).filter(c -> c.names(actor.agency()));
    consent.ifPresent(
        c -> {
          c.withdraw(reason, actor.username(), Instant.now(clock));
          log(actor, c, AccessAction.UPDATE);
        });
    return consent.isPresent();
  }

  private void log(Actor actor, Consent consent, AccessAction action) {
    accessLog.record(
        actor,
        new AccessEvent(
            consent.getParticipantId(),
            RECORD_TYPE,
            String.valueOf(consent.getId()),
            null,
            action,
            AccessDecision.PERMITTED,
            AccessBasis.OWN_AUTHORITY,
            actor.agency()));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(SWEDEN));
  }
}
