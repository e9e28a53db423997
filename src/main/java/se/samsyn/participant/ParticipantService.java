package se.samsyn.participant;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import se.samsyn.audit.AccessAction;
import se.samsyn.audit.AccessBasis;
import se.samsyn.audit.AccessDecision;
import se.samsyn.audit.AccessEvent;
import se.samsyn.audit.AccessLog;
import se.samsyn.audit.Actor;
import se.samsyn.consent.Disclosure;
import se.samsyn.consent.DisclosureGate;
import se.samsyn.consent.EmergencyAccessService;
import se.samsyn.consent.EngagedParticipants;
import se.samsyn.consent.InformationCategory;
import se.samsyn.organisation.AgencyCode;
import se.samsyn.organisation.OrganisationService;
import se.samsyn.organisation.StaffMember;
import se.samsyn.organisation.Unit;
import se.samsyn.platform.Clocks;
import se.samsyn.platform.ConcurrentEditException;

/**
 * Registers and finds participants. A user sees a participant their own authority is or has been
 * engaged with, or one whose identity a consent lets flow from an engaged authority to theirs (the
 * disclosure gate decides); nothing tells them whether another authority knows a person otherwise.
 * Changes are made only by engaged authorities. Every read, search and change is written to the
 * access log in the same transaction; a refused read is logged and answered as if the person did
 * not exist.
 */
@Stateless
public class ParticipantService {

  static final String RECORD_TYPE = "participant";
  private static final InformationCategory IDENTITY = InformationCategory.IDENTITY_AND_CONTACT;

  @Inject private ParticipantRepository repository;
  @Inject private OrganisationService organisation;
  @Inject private AccessLog accessLog;
  @Inject private DisclosureGate gate;
  @Inject private EngagedParticipants engagedParticipants;
  @Inject private EmergencyAccessService emergencyAccess;

  @Inject private Clock clock;

  /**
   * Registers the person with the caller's authority and opens an engagement. For a person another
   * authority already knows, the answer is the same as for a new person.
   *
   * @return the participant's reference
   */
  public String register(Actor actor, ParticipantRegistration registration) {
    AgencyCode agency = agencyOf(actor);
    long responsible = staffId(actor);
    requireOwnUnit(agency, registration.unitId());
    Instant now = Instant.now(clock);
    Optional<Participant> known = repository.findByNumber(registration.number());
    Participant participant;
    if (known.isPresent()) {
      participant = known.get();
      if (repository.engagements(participant, agency).stream().anyMatch(Engagement::isOpen)) {
        throw new AlreadyRegisteredException(participant.getReference());
      }
      participant
          .changeIdentity(registration.identity(), actor.username(), agency.value(), now)
          .forEach(repository::persist);
    } else {
      participant = new Participant(registration.number(), registration.identity(), now);
      repository.persist(participant);
    }
    saveContact(participant, agency, registration.contact());
    repository.persist(
        new Engagement(
            participant, agency, registration.unitId(), responsible, registration.startDate()));
    log(actor, participant, AccessAction.CREATE);
    return participant.getReference();
  }

  /** One page of the participants the caller may see that match a number or words of a name. */
  public List<ParticipantSummary> search(
      Actor actor, String query, ParticipantSort sort, int first, int pageSize) {
    AgencyCode agency = agencyOf(actor);
    SearchCriteria criteria = criteria(query, sort);
    List<Participant> found =
        repository.findVisible(agency, disclosedTo(agency), criteria, first, pageSize);
    if (found.isEmpty()) {
      accessLog.record(
          actor,
          new AccessEvent(
              null,
              RECORD_TYPE,
              null,
              IDENTITY.name(),
              AccessAction.SEARCH,
              AccessDecision.PERMITTED,
              AccessBasis.OWN_AUTHORITY,
              "no match"));
    }
    LocalDate today = today();
    return found.stream()
        .filter(
            p ->
                gate.decideParticipant(
                        actor, p.getId(), p.getReference(), IDENTITY, AccessAction.SEARCH)
                    .permitted())
        .map(
            p ->
                new ParticipantSummary(
                    p.getReference(),
                    p.getPersonalIdentityNumber().masked(),
                    p.getFirstName(),
                    p.getLastName(),
                    p.getPersonalIdentityNumber().ageOn(today),
                    p.isProtectedIdentity()))
        .toList();
  }

  /** How many participants the caller may see match; reveals no one, so is not logged. */
  public long count(Actor actor, String query) {
    AgencyCode agency = agencyOf(actor);
    return repository.countVisible(
        agency, disclosedTo(agency), criteria(query, ParticipantSort.NAME_ASCENDING));
  }

  /** The participant as the caller's authority may see them, or empty (logged as refused). */
  public Optional<ParticipantDetails> read(Actor actor, String reference) {
    return seen(actor, reference, AccessAction.READ)
        .map(seen -> details(actor, seen.participant(), seen.basis() == AccessBasis.EMERGENCY));
  }

  /**
   * Opens emergency access to the person with that number, for a reason the caller gives; the
   * access, and every read under it, is marked in the log and reviewed by an auditor. An unknown
   * number goes through the same checks and is logged without the number.
   *
   * @return the participant's reference, or empty if nobody has registered the person: for the
   *     service's callers only, which answer both alike
   */
  public Optional<String> openEmergencyAccess(
      Actor actor, PersonalIdentityNumber number, String reason) {
    Optional<Participant> participant = repository.findByNumber(number);
    emergencyAccess.open(actor, participant.map(Participant::getId), reason);
    return participant.map(Participant::getReference);
  }

  /** The full personal identity number, shown on request and logged as a read of its own. */
  public Optional<String> revealNumber(Actor actor, String reference) {
    return visible(actor, reference, AccessAction.READ)
        .map(p -> p.getPersonalIdentityNumber().formatted());
  }

  /**
   * Changes the shared identity data; each changed field goes into the history.
   *
   * @return false if the caller may not see the participant (logged as refused)
   * @throws ConcurrentEditException if someone saved the participant since {@code version}
   */
  public boolean changeIdentity(
      Actor actor, String reference, IdentityDetails identity, long version) {
    Optional<Participant> participant = engaged(actor, reference, AccessAction.UPDATE);
    participant.ifPresent(
        p -> {
          requireVersion(p.getVersion(), version);
          p.changeIdentity(identity, actor.username(), actor.agency(), Instant.now(clock))
              .forEach(repository::persist);
        });
    return participant.isPresent();
  }

  /** Changes the caller's authority's own contact details for the participant. */
  public boolean changeContact(Actor actor, String reference, ContactDetails contact) {
    Optional<Participant> participant = engaged(actor, reference, AccessAction.UPDATE);
    participant.ifPresent(p -> saveContact(p, agencyOf(actor), contact));
    return participant.isPresent();
  }

  /**
   * Opens a new engagement of an authority that has been engaged before, after an earlier one
   * closed; a first engagement comes with registration.
   */
  public boolean openEngagement(Actor actor, String reference, long unitId, LocalDate start) {
    AgencyCode agency = agencyOf(actor);
    Optional<Participant> participant =
        engagedWith(actor, reference, AccessAction.CREATE, engagedParticipants::hasEngagement);
    participant.ifPresent(
        p -> {
          if (repository.engagements(p, agency).stream().anyMatch(Engagement::isOpen)) {
            throw new AlreadyRegisteredException(p.getReference());
          }
          requireOwnUnit(agency, unitId);
          repository.persist(new Engagement(p, agency, unitId, staffId(actor), start));
        });
    return participant.isPresent();
  }

  /** Closes an engagement of the caller's authority with an end date and a reason. */
  public boolean closeEngagement(
      Actor actor,
      String reference,
      long engagementId,
      LocalDate end,
      String reason,
      long version) {
    AgencyCode agency = agencyOf(actor);
    Optional<Engagement> engagement =
        engaged(actor, reference, AccessAction.UPDATE)
            .flatMap(
                p ->
                    repository.engagements(p, agency).stream()
                        .filter(e -> e.getId() == engagementId)
                        .findFirst());
    engagement.ifPresent(
        e -> {
          requireVersion(e.getVersion(), version);
          e.close(end, reason);
        });
    return engagement.isPresent();
  }

  /** The participant if the disclosure gate lets the caller see their identity. */
  private Optional<Participant> visible(Actor actor, String reference, AccessAction action) {
    return seen(actor, reference, action).map(Seen::participant);
  }

  /** The gate's decision on the participant's identity, with the basis it was permitted on. */
  private Optional<Seen> seen(Actor actor, String reference, AccessAction action) {
    Optional<Participant> participant = repository.findByReference(reference);
    if (participant.isEmpty()) {
      gate.refuseUnknown(actor, reference, IDENTITY, action);
      return Optional.empty();
    }
    Participant p = participant.get();
    Disclosure disclosure = gate.decideParticipant(actor, p.getId(), reference, IDENTITY, action);
    return disclosure.permitted() ? Optional.of(new Seen(p, disclosure.basis())) : Optional.empty();
  }

  private record Seen(Participant participant, AccessBasis basis) {}

  /**
   * The participant if the caller's authority has an open engagement with them: only such an
   * authority changes what is stored about the person. Both outcomes are logged.
   */
  private Optional<Participant> engaged(Actor actor, String reference, AccessAction action) {
    return engagedWith(actor, reference, action, engagedParticipants::hasOpenEngagement);
  }

  private Optional<Participant> engagedWith(
      Actor actor, String reference, AccessAction action, BiPredicate<Actor, Long> engagement) {
    Optional<Participant> participant = repository.findByReference(reference);
    if (participant.isPresent() && engagement.test(actor, participant.get().getId())) {
      log(actor, participant.get(), action);
      return participant;
    }
    engagedParticipants.refuse(
        actor, participant.map(Participant::getId).orElse(null), RECORD_TYPE, reference, action);
    return Optional.empty();
  }

  private Set<Long> disclosedTo(AgencyCode agency) {
    return gate.participantsDisclosedTo(agency, IDENTITY);
  }

  private ParticipantDetails details(Actor actor, Participant participant, boolean emergency) {
    AgencyCode agency = agencyOf(actor);
    PersonalIdentityNumber number = participant.getPersonalIdentityNumber();
    LocalDate today = today();
    List<EngagementView> engagements =
        repository.engagements(participant, agency).stream().map(this::view).toList();
    return new ParticipantDetails(
        participant.getReference(),
        number.masked(),
        participant.getFirstName(),
        participant.getLastName(),
        number.birthDate(),
        number.ageOn(today),
        number.legalSex(),
        number.isCoordinationNumber(),
        new IdentityDetails(
            participant.getFirstName(),
            participant.getLastName(),
            participant.getRecordedSex(),
            participant.getPreferredLanguage(),
            participant.isInterpreterNeeded(),
            participant.isProtectedIdentity()),
        repository
            .contact(participant, agency)
            .map(ParticipantContact::details)
            .orElse(ContactDetails.none()),
        engagements,
        repository.identityChanges(participant, agency.value()).stream()
            .map(
                c ->
                    new IdentityChangeView(
                        c.getField(),
                        c.getOldValue(),
                        c.getNewValue(),
                        c.getChangedBy(),
                        c.getChangedAt()))
            .toList(),
        participant.getVersion(),
        emergency);
  }

  private EngagementView view(Engagement engagement) {
    return new EngagementView(
        engagement.getId(),
        organisation.unit(engagement.getUnitId()).map(Unit::getName).orElse(""),
        organisation
            .staffMember(engagement.getResponsibleStaffId())
            .map(StaffMember::getName)
            .orElse(""),
        engagement.getStartDate(),
        engagement.getEndDate(),
        engagement.getClosureReason(),
        engagement.getStatus(),
        engagement.getVersion());
  }

  private void saveContact(Participant participant, AgencyCode agency, ContactDetails contact) {
    Optional<ParticipantContact> existing = repository.contact(participant, agency);
    if (existing.isPresent()) {
      existing.get().change(contact);
    } else {
      repository.persist(new ParticipantContact(participant, agency, contact));
    }
  }

  private void log(Actor actor, Participant participant, AccessAction action) {
    accessLog.record(
        actor,
        new AccessEvent(
            participant.getId(),
            RECORD_TYPE,
            participant.getReference(),
            IDENTITY.name(),
            action,
            AccessDecision.PERMITTED,
            AccessBasis.OWN_AUTHORITY,
            actor.agency()));
  }

  private SearchCriteria criteria(String query, ParticipantSort sort) {
    String text = query == null ? "" : query.strip();
    Optional<PersonalIdentityNumber> number = PersonalIdentityNumber.tryParse(text, today());
    List<String> words =
        number.isPresent() || text.isEmpty()
            ? List.of()
            : Arrays.stream(text.split("\\s+")).limit(5).toList();
    return new SearchCriteria(number, words, sort);
  }

  private void requireOwnUnit(AgencyCode agency, long unitId) {
    boolean own =
        organisation
            .unit(unitId)
            .map(unit -> unit.getAgency().getCode().equals(agency))
            .orElse(false);
    if (!own) {
      throw new InvalidUnitException();
    }
  }

  private long staffId(Actor actor) {
    return organisation
        .staffMember(actor.staffSubject())
        .map(StaffMember::getId)
        .orElseThrow(NoAuthorityException::new);
  }

  private static AgencyCode agencyOf(Actor actor) {
    try {
      return AgencyCode.of(actor.agency());
    } catch (IllegalArgumentException e) {
      throw new NoAuthorityException();
    }
  }

  private static void requireVersion(long current, long expected) {
    if (current != expected) {
      throw new ConcurrentEditException();
    }
  }

  private LocalDate today() {
    return Clocks.today(clock);
  }
}
