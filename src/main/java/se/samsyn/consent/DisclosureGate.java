package se.samsyn.consent;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samsyn.audit.AccessAction;
import se.samsyn.audit.AccessBasis;
import se.samsyn.audit.AccessDecision;
import se.samsyn.audit.AccessEvent;
import se.samsyn.audit.AccessLog;
import se.samsyn.audit.Actor;
import se.samsyn.organisation.AgencyCode;
import se.samsyn.platform.Clocks;

/**
 * The one component that decides whether a user may see what an authority has recorded about a
 * participant. Every decision, permitted or refused, is written to the access log in the caller's
 * transaction, so a read and its log entry stand or fall together. Consents and restrictions are
 * read from the database on every decision (no shared cache), so a withdrawal counts at once on
 * every node; if they cannot be read the decision fails and nothing is shown.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DisclosureGate {

  @Inject private ConsentRepository repository;
  @Inject private ParticipantRegister participants;
  @Inject private AccessLog accessLog;

  @Inject
  @ConfigProperty(name = EmergencyAccessService.ENABLED, defaultValue = "false")
  private boolean emergencyAccessEnabled;

  @Inject private Clock clock;

  /**
   * Decides many records about one participant, reading the consents, restrictions and emergency
   * access once; each decision is logged like a single one.
   *
   * @return the decisions in the order of the records
   */
  public List<Disclosure> decideAll(
      Actor reader, long participantId, List<DisclosedRecord> records, AccessAction action) {
    List<Consent> consents = repository.findByParticipant(participantId);
    List<Restriction> restrictions = repository.restrictions(participantId);
    Optional<EmergencyAccess> emergency = emergencyAccess(reader, participantId);
    LocalDate today = today();
    return records.stream()
        .map(
            record -> {
              if (record.participantId() != participantId) {
                throw new IllegalArgumentException("records of another participant");
              }
              Disclosure disclosure =
                  DisclosureRule.decide(
                      reader.agency(),
                      Set.of(record.author().value()),
                      record.category(),
                      today,
                      consents,
                      restrictions,
                      emergency);
              log(reader, record, action, disclosure);
              return disclosure;
            })
        .toList();
  }

  /**
   * Decides the participant's shared data of a category (their identity, for instance), which every
   * engaged authority holds: the reader sees it if their own authority is engaged, or a consent
   * lets it flow from an engaged authority to theirs.
   */
  public Disclosure decideParticipant(
      Actor reader,
      long participantId,
      String reference,
      InformationCategory category,
      AccessAction action) {
    Set<String> engaged =
        participants.engagedAuthorities(participantId).stream()
            .map(AgencyCode::value)
            .collect(Collectors.toSet());
    Disclosure disclosure =
        DisclosureRule.decide(
            reader.agency(),
            engaged,
            category,
            today(),
            repository.findByParticipant(participantId),
            repository.restrictions(participantId),
            emergencyAccess(reader, participantId));
    log(
        reader,
        new DisclosedRecord(participantId, "participant", reference, null, category),
        action,
        disclosure);
    return disclosure;
  }

  /**
   * Refuses a joint record that involves authorities no active consent covers for the category
   * (rule 1 of the consent rule; the features with joint records call it before creating one).
   * Nothing is disclosed by the check, so it writes nothing to the access log.
   *
   * @throws MissingConsentException naming the authorities and the category without consent
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public void requireJointConsent(
      Actor creator,
      long participantId,
      Set<AgencyCode> participating,
      InformationCategory category) {
    List<String> missing =
        DisclosureRule.missingJointConsent(
            creator.agency(),
            participating.stream().map(AgencyCode::value).toList(),
            category,
            today(),
            repository.findByParticipant(participantId),
            repository.restrictions(participantId));
    if (!missing.isEmpty()) {
      throw new MissingConsentException(category, String.join(", ", missing));
    }
  }

  /** Logs the refusal of a reference that names no participant at all. */
  public void refuseUnknown(
      Actor reader, String reference, InformationCategory category, AccessAction action) {
    accessLog.record(
        reader,
        new AccessEvent(
            null,
            "participant",
            reference,
            category.name(),
            action,
            AccessDecision.REFUSED,
            AccessBasis.NONE,
            "unknown"));
  }

  /**
   * The participants that are not engaged with the authority but whose data of the category an
   * active consent lets flow to it today, unless a restriction forbids it. Decides nothing by
   * itself: each participant found is decided and logged before it is shown.
   */
  public Set<Long> participantsDisclosedTo(AgencyCode reader, InformationCategory category) {
    return Set.copyOf(repository.participantsWithActiveConsent(reader.value(), category, today()));
  }

  /**
   * The (participant, authoring authority) pairs whose records of the category an active consent
   * lets reach the reader today, unless a restriction forbids it. Decides nothing by itself: a
   * record found through it is decided and logged before it is shown.
   */
  public Set<DisclosedSource> sourcesDisclosedTo(AgencyCode reader, InformationCategory category) {
    LocalDate today = today();
    Set<DisclosedSource> sources = new HashSet<>();
    for (long participantId :
        repository.participantsWithActiveConsent(reader.value(), category, today)) {
      for (Consent consent : repository.findByParticipant(participantId)) {
        consent.getAgencies().stream()
            .filter(author -> !author.equals(reader.value()))
            .filter(author -> consent.covers(author, reader.value(), category, today))
            .forEach(
                author -> sources.add(new DisclosedSource(participantId, AgencyCode.of(author))));
      }
    }
    return sources;
  }

  /** The reader's own open emergency access, counted only while configuration enables it. */
  private Optional<EmergencyAccess> emergencyAccess(Actor reader, long participantId) {
    if (!emergencyAccessEnabled) {
      return Optional.empty();
    }
    Instant now = Instant.now(clock);
    return repository.emergencyAccess(participantId).stream()
        .filter(access -> access.grants(reader.username(), now))
        .findFirst();
  }

  private void log(
      Actor reader, DisclosedRecord record, AccessAction action, Disclosure disclosure) {
    accessLog.record(
        reader,
        new AccessEvent(
            record.participantId(),
            record.recordType(),
            record.recordId(),
            record.category().name(),
            action,
            disclosure.permitted() ? AccessDecision.PERMITTED : AccessDecision.REFUSED,
            disclosure.basis(),
            disclosure.basisReference(reader.agency())));
  }

  private LocalDate today() {
    return Clocks.today(clock);
  }
}
