package se.samsyn.consent;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
 * read from the database in every transaction that decides (no shared cache; once per participant
 * and transaction), so a withdrawal counts at once on every node; if they cannot be read the
 * decision fails and nothing is shown.
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
    if (records.stream().anyMatch(record -> record.participantId() != participantId)) {
      throw new IllegalArgumentException("records of another participant");
    }
    return decideEach(reader, records, action);
  }

  /**
   * Decides records about several participants (the names of a page of search hits), reading each
   * participant's consents, restrictions and emergency access once, and logs every decision with
   * one append.
   *
   * @return the decisions in the order of the records
   */
  public List<Disclosure> decideEach(
      Actor reader, List<DisclosedRecord> records, AccessAction action) {
    repository.rememberDecisionInputs(
        records.stream().map(DisclosedRecord::participantId).collect(Collectors.toSet()),
        emergencyAccessEnabled);
    LocalDate today = today();
    List<Disclosure> disclosures = new ArrayList<>();
    List<AccessEvent> events = new ArrayList<>();
    for (DisclosedRecord record : records) {
      long participantId = record.participantId();
      Disclosure disclosure =
          DisclosureRule.decide(
              reader.agency(),
              Set.of(record.author().value()),
              record.category(),
              today,
              repository.findByParticipant(participantId),
              repository.restrictions(participantId),
              emergencyAccess(reader, participantId));
      disclosures.add(disclosure);
      events.add(event(reader, record, action, disclosure));
    }
    accessLog.recordAll(reader, events);
    return List.copyOf(disclosures);
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
    return decideParticipants(reader, Map.of(participantId, reference), category, action)
        .get(participantId);
  }

  /**
   * Decides the shared data of a category of several participants (a page of search hits) as {@link
   * #decideParticipant} does one's, reading what it decides on with a statement each for all of
   * them, and logs every decision with one append.
   *
   * @param references the participants' references by their ids
   * @return the decisions by participant id
   */
  public Map<Long, Disclosure> decideParticipants(
      Actor reader,
      Map<Long, String> references,
      InformationCategory category,
      AccessAction action) {
    repository.rememberDecisionInputs(references.keySet(), emergencyAccessEnabled);
    Map<Long, Set<AgencyCode>> engaged = participants.engagedAuthorities(references.keySet());
    LocalDate today = today();
    Map<Long, Disclosure> disclosures = new HashMap<>();
    List<AccessEvent> events = new ArrayList<>();
    references.forEach(
        (participantId, reference) -> {
          Disclosure disclosure =
              DisclosureRule.decide(
                  reader.agency(),
                  engaged.getOrDefault(participantId, Set.of()).stream()
                      .map(AgencyCode::value)
                      .collect(Collectors.toSet()),
                  category,
                  today,
                  repository.findByParticipant(participantId),
                  repository.restrictions(participantId),
                  emergencyAccess(reader, participantId));
          disclosures.put(participantId, disclosure);
          events.add(
              event(
                  reader,
                  new DisclosedRecord(participantId, "participant", reference, null, category),
                  action,
                  disclosure));
        });
    accessLog.recordAll(reader, events);
    return Map.copyOf(disclosures);
  }

  /**
   * Refuses a joint record unless every pair of the participating authorities, the creator's
   * included, is linked by a consent covering the category in both directions that both have
   * recorded or confirmed, and no restriction keeps the category from any of them (rule 1 with rule
   * 9; the features with joint records call it before creating one). Nothing is disclosed by the
   * check, so it writes nothing to the access log.
   *
   * @throws MissingConsentException naming the authorities and the category without consent
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public void requireJointConsent(
      Actor creator,
      long participantId,
      Set<AgencyCode> participating,
      InformationCategory category) {
    AgencyCode own =
        AgencyCode.parse(creator.agency())
            .filter(AgencyCode::isMember)
            .orElseThrow(
                () -> new MissingConsentException(category, String.valueOf(creator.agency())));
    Set<String> authorities = new TreeSet<>();
    authorities.add(own.value());
    participating.forEach(agency -> authorities.add(agency.value()));
    List<String> missing =
        DisclosureRule.missingJointConsent(
            authorities,
            category,
            today(),
            repository.findByParticipant(participantId),
            repository.restrictions(participantId));
    if (!missing.isEmpty()) {
      throw new MissingConsentException(category, String.join(", ", missing));
    }
  }

  /**
   * Logs that a record is withheld from the reader whatever a consent says: a restriction is never
   * shown to the authority it restricts.
   */
  public void withhold(Actor reader, DisclosedRecord record, AccessAction action) {
    log(reader, record, action, Disclosure.refusedByRestriction(false));
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
   * The condition that an active consent lets the participant's data of the category flow to the
   * authority today from at least one other authority (one that has recorded or confirmed it), and
   * no restriction forbids it: for searches, which must find those participants without reading
   * every consent. Decides nothing by itself: each participant found is decided and logged before
   * it is shown.
   *
   * @param participantId the JPQL path of the participant's id in the caller's query
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public DisclosureCondition participantsDisclosedTo(
      AgencyCode reader, InformationCategory category, String participantId) {
    return condition(
        reader,
        category,
        "(" + participantId + " IN (" + CONSENTED + ") AND " + notRestricted(participantId) + ")");
  }

  /**
   * The condition that an active consent lets the records of the category that the author holds
   * about the participant reach the authority today, and no restriction forbids it: for searches
   * that must match only what the gate would disclose. Decides nothing by itself.
   *
   * @param participantId the JPQL path of the participant's id in the caller's query
   * @param author the JPQL path of the records' authoring authority in the caller's query
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public DisclosureCondition recordsDisclosedTo(
      AgencyCode reader, InformationCategory category, String participantId, String author) {
    return condition(
        reader,
        category,
        "(EXISTS ("
            + CONSENTED
            + " AND dc.participantId = "
            + participantId
            + " AND dcAuthor = "
            + author
            + ") AND "
            + notRestricted(participantId)
            + ")");
  }

  /**
   * The participants of the active consents naming the reader and an author other than the reader
   * for the category, where the author recorded the consent or last answered it by confirming (rule
   * 9): {@link Consent#covers} as a query.
   */
  private static final String CONSENTED =
      "SELECT dc.participantId FROM Consent dc JOIN dc.agencies dcReader"
          + " JOIN dc.agencies dcAuthor JOIN dc.categories dcCategory"
          + " WHERE dcReader = :disclosureReader AND dcAuthor <> :disclosureReader"
          + " AND dcCategory = :disclosureCategory AND dc.withdrawnAt IS NULL"
          + " AND dc.validFrom <= :disclosureDay AND dc.validUntil >= :disclosureDay"
          + " AND (dc.recordedByAgency = dcAuthor OR EXISTS (SELECT dcAnswer FROM"
          + " ConsentConfirmation dcAnswer WHERE dcAnswer.consent = dc AND dcAnswer.agency ="
          + " dcAuthor AND dcAnswer.step = :disclosureConfirmed AND NOT EXISTS (SELECT dcLater"
          + " FROM ConsentConfirmation dcLater WHERE dcLater.consent = dc AND dcLater.agency ="
          + " dcAuthor AND dcLater.id > dcAnswer.id)))";

  private static String notRestricted(String participantId) {
    return participantId
        + " NOT IN (SELECT dr.participantId FROM Restriction dr JOIN dr.categories drCategory"
        + " WHERE dr.agency = :disclosureReader AND drCategory = :disclosureCategory"
        + " AND dr.liftedAt IS NULL)";
  }

  private DisclosureCondition condition(
      AgencyCode reader, InformationCategory category, String jpql) {
    return new DisclosureCondition(
        jpql,
        Map.of(
            "disclosureReader",
            reader.value(),
            "disclosureCategory",
            category,
            "disclosureDay",
            today(),
            "disclosureConfirmed",
            ConsentConfirmation.Step.CONFIRMED));
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

  /**
   * The record's author goes into the log, so that the author's auditor finds every access to it; a
   * participant as a whole (no author) is nobody's record.
   */
  private void log(
      Actor reader, DisclosedRecord record, AccessAction action, Disclosure disclosure) {
    accessLog.record(reader, event(reader, record, action, disclosure));
  }

  private static AccessEvent event(
      Actor reader, DisclosedRecord record, AccessAction action, Disclosure disclosure) {
    return new AccessEvent(
        record.participantId(),
        record.recordType(),
        record.recordId(),
        record.category().name(),
        action,
        disclosure.permitted() ? AccessDecision.PERMITTED : AccessDecision.REFUSED,
        disclosure.basis(),
        disclosure.basisReference(reader.agency()),
        record.author());
  }

  private LocalDate today() {
    return Clocks.today(clock);
  }
}
