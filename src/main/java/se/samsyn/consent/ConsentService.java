package se.samsyn.consent;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samsyn.audit.AccessAction;
import se.samsyn.audit.AccessBasis;
import se.samsyn.audit.AccessDecision;
import se.samsyn.audit.AccessEvent;
import se.samsyn.audit.AccessLog;
import se.samsyn.audit.Actor;
import se.samsyn.audit.AuditorScope;
import se.samsyn.notice.NoticeService;
import se.samsyn.organisation.Agency;
import se.samsyn.organisation.AgencyCode;
import se.samsyn.organisation.OrganisationService;
import se.samsyn.platform.Clocks;

/**
 * Records, lists and withdraws consents, with their printed form and signed document, and keeps the
 * auditors' register. Only an authority engaged with the participant records a consent, and the
 * consent must name it; a consent is shown to, and withdrawn by, the authorities it names.
 */
@Stateless
public class ConsentService {

  private static final String CONSENT = "consent";
  private static final int ENDING_NOTICE_DAYS = 14;

  @Inject private ConsentRepository repository;
  @Inject private ParticipantRegister participants;
  @Inject private EngagedParticipants engaged;
  @Inject private AccessLog accessLog;
  @Inject private DisclosureGate gate;
  @Inject private NoticeService notices;
  @Inject private OrganisationService organisation;

  @Inject
  @ConfigProperty(name = "samsyn.consent.max-validity", defaultValue = "P12M")
  private Period maximumValidity;

  /** The largest signed consent document accepted, in bytes; the uploads' limit follows it. */
  public static final String DOCUMENT_MAX_BYTES = "samsyn.consent.document-max-bytes";

  public static final String DEFAULT_DOCUMENT_MAX_BYTES = "5242880";

  @Inject
  @ConfigProperty(name = DOCUMENT_MAX_BYTES, defaultValue = DEFAULT_DOCUMENT_MAX_BYTES)
  private long documentMaximumBytes;

  @Inject private Clock clock;

  /**
   * @return the consent's id, or empty if the caller's authority is not engaged with the
   *     participant
   */
  public Optional<Long> record(Actor actor, String participantReference, ConsentTerms terms) {
    return engaged
        .openlyEngaged(actor, participantReference, CONSENT, AccessAction.CREATE)
        .map(
            id -> {
              Consent consent =
                  new Consent(
                      id,
                      terms,
                      actor.username(),
                      actor.agency(),
                      maximumValidity,
                      Instant.now(clock));
              repository.persist(consent);
              log(actor, consent, AccessAction.CREATE);
              tellAwaitingAuthorities(consent);
              return consent.getId();
            });
  }

  /**
   * The consents naming the caller's authority, newest first. An authority not engaged with the
   * participant sees them only while the disclosure gate lets it see the participant at all.
   */
  public Optional<List<ConsentView>> consents(Actor actor, String participantReference) {
    Optional<Long> participantId = participants.idOf(participantReference);
    if (participantId.isEmpty()) {
      gate.refuseUnknown(
          actor, participantReference, InformationCategory.IDENTITY_AND_CONTACT, AccessAction.READ);
      return Optional.empty();
    }
    long id = participantId.get();
    boolean visible = mayReadConsents(actor, id, participantReference);
    if (!visible) {
      return Optional.empty();
    }
    LocalDate today = today();
    return Optional.of(
        repository.findByParticipant(id).stream()
            .filter(consent -> consent.names(actor.agency()))
            .peek(consent -> log(actor, consent, AccessAction.READ))
            .map(consent -> ConsentView.of(consent, today))
            .toList());
  }

  /**
   * The consent form for the participant to sign, filled in with the terms the case worker has
   * entered; the terms are checked as if they were recorded. The printout is logged.
   *
   * @return the PDF, or empty if the caller's authority is not engaged with the participant
   */
  public Optional<byte[]> printableForm(
      Actor actor, String participantReference, ConsentTerms terms) {
    return engaged
        .openlyEngaged(actor, participantReference, CONSENT, AccessAction.CREATE)
        .map(
            id -> {
              Consent.requireValid(terms, actor.agency(), maximumValidity);
              PersonOnForm person =
                  participants.personOnForm(id, AgencyCode.of(actor.agency())).orElseThrow();
              accessLog.record(
                  actor,
                  new AccessEvent(
                      id,
                      "consent-form",
                      participantReference,
                      InformationCategory.IDENTITY_AND_CONTACT.name(),
                      AccessAction.PRINT,
                      AccessDecision.PERMITTED,
                      AccessBasis.OWN_AUTHORITY,
                      actor.agency()));
              return ConsentFormDocument.render(
                  person,
                  new TreeSet<>(terms.agencies()).stream().map(this::agencyName).toList(),
                  terms,
                  agencyName(actor.agency()));
            });
  }

  private String agencyName(String code) {
    try {
      return organisation.agency(AgencyCode.of(code)).map(Agency::getName).orElse(code);
    } catch (IllegalArgumentException e) {
      return code;
    }
  }

  /**
   * Keeps the signed consent document (PDF, PNG or JPEG, size-limited) with a consent naming the
   * caller's authority.
   *
   * @return false if there is no such consent naming the caller's authority
   */
  public boolean attachDocument(Actor actor, long consentId, String fileName, byte[] content) {
    Optional<Consent> consent = repository.find(consentId).filter(c -> c.names(actor.agency()));
    consent.ifPresent(
        c -> {
          c.attachDocument(
              fileName,
              content,
              documentMaximumBytes,
              actor.username(),
              actor.agency(),
              Instant.now(clock));
          repository.persist(new ConsentDocument(c.getId(), content));
          log(actor, c, AccessAction.UPDATE);
        });
    if (consent.isEmpty()) {
      refuse(actor, consentId, AccessAction.UPDATE);
    }
    return consent.isPresent();
  }

  /** The largest signed document accepted, so that callers can stop reading beyond it. */
  public long documentMaximumBytes() {
    return documentMaximumBytes;
  }

  /** The same, as the pages state it: {@code 5 MB}. */
  public String documentMaximum() {
    return DocumentSize.readable(documentMaximumBytes);
  }

  /**
   * The signed document of a consent naming the caller's authority, while the caller may see the
   * participant; the read is logged.
   */
  public Optional<StoredDocument> document(Actor actor, long consentId) {
    Optional<Consent> consent =
        repository
            .find(consentId)
            .filter(c -> c.names(actor.agency()) && c.getDocumentFileName() != null)
            .filter(
                c ->
                    mayReadConsents(
                        actor,
                        c.getParticipantId(),
                        participants.referenceOf(c.getParticipantId()).orElse(null)));
    consent.ifPresent(c -> log(actor, c, AccessAction.READ));
    if (consent.isEmpty()) {
      refuse(actor, consentId, AccessAction.READ);
    }
    return consent.flatMap(
        c ->
            repository
                .document(c.getId())
                .map(
                    d ->
                        new StoredDocument(
                            c.getDocumentFileName(), c.getDocumentContentType(), d.content())));
  }

  /**
   * An engaged authority reads the participant's consents; another only while the disclosure gate
   * lets it see the participant (decided and logged).
   */
  private boolean mayReadConsents(Actor actor, long participantId, String reference) {
    return engaged.hasEngagement(actor, participantId)
        || gate.decideParticipant(
                actor,
                participantId,
                reference,
                InformationCategory.IDENTITY_AND_CONTACT,
                AccessAction.READ)
            .permitted();
  }

  /**
   * The caller's authority confirms a consent another authority recorded, on a basis it states:
   * from now on its own records flow to the other named authorities under the consent. Only an
   * authority named by the consent, with an open engagement with the participant, confirms.
   *
   * @return false if there is no such consent naming the caller's authority
   * @throws InvalidConsentException if the consent cannot be confirmed, saying why
   */
  public boolean confirm(Actor actor, long consentId, ConfirmationBasis basis, String text) {
    return answer(
        actor,
        consentId,
        consent ->
            consent.confirm(
                actor.agency(), basis, text, actor.username(), Instant.now(clock), today()));
  }

  /**
   * The caller's authority declines a consent another authority recorded, giving a reason: its own
   * records stay in; the others' flow as before.
   *
   * @return false if there is no such consent naming the caller's authority
   */
  public boolean decline(Actor actor, long consentId, String reason) {
    return answer(
        actor,
        consentId,
        consent ->
            consent.decline(actor.agency(), reason, actor.username(), Instant.now(clock), today()));
  }

  /**
   * The caller's authority takes back its confirmation: its own records stop flowing at once.
   *
   * @return false if there is no such consent naming the caller's authority
   */
  public boolean revokeConfirmation(Actor actor, long consentId, String reason) {
    return answer(
        actor,
        consentId,
        consent ->
            consent.revokeConfirmation(
                actor.agency(), reason, actor.username(), Instant.now(clock)));
  }

  private boolean answer(Actor actor, long consentId, Consumer<Consent> answer) {
    Optional<Consent> consent = repository.find(consentId).filter(c -> c.names(actor.agency()));
    if (consent.isEmpty()) {
      refuse(actor, consentId, AccessAction.UPDATE);
      return false;
    }
    Consent c = consent.get();
    if (!engaged.hasOpenEngagement(actor, c.getParticipantId())) {
      throw new InvalidConsentException("consent.confirmation.engagementRequired");
    }
    answer.accept(c);
    log(actor, c, AccessAction.UPDATE);
    return true;
  }

  /**
   * The consents recorded by other authorities that name the caller's authority and await its
   * answer, for participants it has an open engagement with; for the start page.
   */
  public List<AwaitingConsent> awaitingConfirmation(Actor actor) {
    Optional<AgencyCode> agency = AgencyCode.parse(actor.agency()).filter(AgencyCode::isMember);
    if (agency.isEmpty()) {
      return List.of();
    }
    LocalDate today = today();
    return repository.awaitingAnswer(agency.get().value(), today).stream()
        .filter(c -> c.confirmationOf(actor.agency()) == ConfirmationStatus.AWAITING)
        .filter(c -> engaged.hasOpenEngagement(actor, c.getParticipantId()))
        .map(
            c ->
                new AwaitingConsent(
                    c.getId(),
                    participants.referenceOf(c.getParticipantId()).orElseThrow(),
                    c.getRecordedByAgency(),
                    c.getRecordedAt(),
                    c.getValidUntil()))
        .toList();
  }

  /** Tells the responsible staff of every named authority but the recording one to answer. */
  private void tellAwaitingAuthorities(Consent consent) {
    String reference = participants.referenceOf(consent.getParticipantId()).orElse(null);
    Set<String> others = new TreeSet<>(consent.getAgencies());
    others.remove(consent.getRecordedByAgency());
    for (long staff : participants.responsibleStaff(consent.getParticipantId(), others)) {
      notices.notify(
          staff,
          "notice.consentAwaitsConfirmation",
          reference,
          String.valueOf(consent.getId()),
          consent.getRecordedByAgency());
    }
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
    if (consent.isEmpty()) {
      refuse(actor, consentId, AccessAction.UPDATE);
    }
    return consent.isPresent();
  }

  /**
   * Tells the staff responsible for the participant's open engagements with the named authorities,
   * once, that a consent ends within {@link #ENDING_NOTICE_DAYS} days (so that a new one can be
   * asked for) and that it has ended. Consents stop working at their end date without this; it only
   * tells people.
   *
   * @return how many consents were noticed
   */
  public int noticeEndingConsents() {
    LocalDate today = today();
    Instant now = Instant.now(clock);
    List<Consent> ending = repository.endingUnnoticed(today, today.plusDays(ENDING_NOTICE_DAYS));
    ending.forEach(
        consent -> {
          consent.noticeEndingSoon(now);
          tellResponsibleStaff(consent, "notice.consentEnding");
        });
    List<Consent> expired = repository.expiredUnnoticed(today);
    expired.forEach(
        consent -> {
          consent.noticeExpiry(now);
          tellResponsibleStaff(consent, "notice.consentExpired");
        });
    return ending.size() + expired.size();
  }

  private void tellResponsibleStaff(Consent consent, String messageKey) {
    String reference = participants.referenceOf(consent.getParticipantId()).orElse(null);
    for (long staff :
        participants.responsibleStaff(consent.getParticipantId(), consent.getAgencies())) {
      notices.notify(
          staff,
          messageKey,
          reference,
          String.valueOf(consent.getId()),
          consent.getValidUntil().toString());
    }
  }

  /**
   * Whether the caller's authority has an open engagement with the participant, and so may record
   * consents and restrictions. Tells nothing the caller's authority does not already know.
   */
  public boolean isEngaged(Actor actor, String participantReference) {
    return participants
        .idOf(participantReference)
        .map(id -> engaged.hasOpenEngagement(actor, id))
        .orElse(false);
  }

  /**
   * The consent register for an auditor: the consents naming the auditor's authority, or every
   * consent for an auditor of the förbund; newest first; none for a login without an authority. The
   * auditor's read is logged, refused without an authority.
   */
  public List<RegisteredConsent> register(Actor auditor, int first, int pageSize) {
    Optional<AuditorScope> scope = AuditorScope.of(auditor);
    accessLog.record(
        auditor,
        new AccessEvent(
            null,
            "consent-register",
            null,
            null,
            AccessAction.READ,
            scope.isPresent() ? AccessDecision.PERMITTED : AccessDecision.REFUSED,
            scope.isPresent() ? AccessBasis.OWN_AUTHORITY : AccessBasis.NONE,
            scope.isPresent() ? auditor.agency() : "no authority"));
    LocalDate today = today();
    return scope
        .map(s -> repository.register(registerScope(s), first, pageSize))
        .orElse(List.of())
        .stream()
        .map(c -> new RegisteredConsent(c.getParticipantId(), ConsentView.of(c, today)))
        .toList();
  }

  public long registerCount(Actor auditor) {
    return AuditorScope.of(auditor)
        .map(scope -> repository.registerCount(registerScope(scope)))
        .orElse(0L);
  }

  /** The authority the consents must name, or null for all of them (the förbund's auditor). */
  private static String registerScope(AuditorScope scope) {
    return scope.authority().map(AgencyCode::value).orElse(null);
  }

  private void log(Actor actor, Consent consent, AccessAction action) {
    boolean own = consent.getRecordedByAgency().equals(actor.agency());
    accessLog.record(
        actor,
        new AccessEvent(
            consent.getParticipantId(),
            CONSENT,
            String.valueOf(consent.getId()),
            null,
            action,
            AccessDecision.PERMITTED,
            own ? AccessBasis.OWN_AUTHORITY : AccessBasis.CONSENT,
            own ? actor.agency() : String.valueOf(consent.getId())));
  }

  /** A consent the caller's authority may not reach is logged like an unknown one. */
  private void refuse(Actor actor, long consentId, AccessAction action) {
    accessLog.record(
        actor,
        new AccessEvent(
            null,
            CONSENT,
            String.valueOf(consentId),
            null,
            action,
            AccessDecision.REFUSED,
            AccessBasis.NONE,
            "not named"));
  }

  private LocalDate today() {
    return Clocks.today(clock);
  }
}
