package se.samsyn.participant;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samsyn.audit.AccessAction;
import se.samsyn.audit.AccessBasis;
import se.samsyn.audit.AccessDecision;
import se.samsyn.audit.AccessEvent;
import se.samsyn.audit.AccessLog;
import se.samsyn.audit.Actor;
import se.samsyn.consent.DisclosedRecord;
import se.samsyn.consent.Disclosure;
import se.samsyn.consent.DisclosureCondition;
import se.samsyn.consent.DisclosureGate;
import se.samsyn.consent.EmergencyAccessService;
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
 * Each authority's identity record (names, sex, language, interpreter) is its own (rule 10):
 * another authority's is shown, labelled, only where the gate permits it. Changes are made only by
 * engaged authorities. Every read, search and change is written to the access log in the same
 * transaction; a refused read is logged and answered as if the person did not exist.
 */
@Stateless
public class ParticipantService {

  static final String IDENTITY_RECORD_TYPE = "identity";
  private static final InformationCategory IDENTITY = InformationCategory.IDENTITY_AND_CONTACT;

  @Inject private ParticipantRepository repository;
  @Inject private ParticipantAccess access;
  @Inject private OrganisationService organisation;
  @Inject private AccessLog accessLog;
  @Inject private DisclosureGate gate;
  @Inject private EmergencyAccessService emergencyAccess;

  @Inject private Clock clock;

  /**
   * Registers the person with the caller's authority and opens an engagement. For a person another
   * authority already knows, the answer is the same as for a new person: what the other authority
   * recorded is neither changed nor shown. A ticked protected-identity box sets the shared marker;
   * an unticked one never clears it.
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
        throw new AlreadyRegisteredException(participant.getReference())
            .about("personalIdentityNumber");
      }
    } else {
      participant = new Participant(registration.number(), now);
      repository.persist(participant);
    }
    saveIdentity(participant, agency, actor.username(), registration.identity(), now);
    saveContact(participant, agency, registration.contact());
    repository.persist(
        new Engagement(
            participant, agency, registration.unitId(), responsible, registration.startDate()));
    access.logOwn(actor, participant, AccessAction.CREATE);
    return participant.getReference();
  }

  /** One page of the participants the caller may see that match a number or words of a name. */
  public List<ParticipantSummary> search(
      Actor actor, String query, ParticipantSort sort, int first, int pageSize) {
    AgencyCode agency = agencyOf(actor);
    SearchCriteria criteria = criteria(query, sort);
    List<Participant> found =
        repository.findVisible(
            agency, disclosedTo(agency), disclosedIdentities(agency), criteria, first, pageSize);
    if (found.isEmpty()) {
      accessLog.record(
          actor,
          new AccessEvent(
              null,
              ParticipantAccess.RECORD_TYPE,
              null,
              IDENTITY.name(),
              AccessAction.SEARCH,
              AccessDecision.PERMITTED,
              AccessBasis.OWN_AUTHORITY,
              "no match"));
    }
    Map<Long, String> references = new LinkedHashMap<>();
    found.forEach(p -> references.put(p.getId(), p.getReference()));
    Map<Long, Disclosure> decisions =
        gate.decideParticipants(actor, references, IDENTITY, AccessAction.SEARCH);
    List<Participant> shown =
        found.stream().filter(p -> decisions.get(p.getId()).permitted()).toList();
    Map<Long, Name> names = namesFor(actor, agency, shown);
    LocalDate today = today();
    return shown.stream()
        .map(
            p ->
                new ParticipantSummary(
                    p.getReference(),
                    p.getPersonalIdentityNumber().masked(),
                    names.get(p.getId()).first(),
                    names.get(p.getId()).last(),
                    p.getPersonalIdentityNumber().ageOn(today),
                    p.isProtectedIdentity()))
        .toList();
  }

  /** How many participants the caller may see match; reveals no one, so is not logged. */
  public long count(Actor actor, String query) {
    AgencyCode agency = agencyOf(actor);
    SearchCriteria criteria = criteria(query, ParticipantSort.NAME_ASCENDING);
    return repository.countVisible(
        agency, disclosedTo(agency), disclosedIdentities(agency), criteria);
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
    return seen(actor, reference, AccessAction.READ)
        .map(seen -> seen.participant().getPersonalIdentityNumber().formatted());
  }

  /**
   * Changes the caller's authority's own identity record; each changed field goes into its history.
   * A ticked protected-identity box sets the shared marker; an unticked one never clears it.
   *
   * @param version the version of the own identity record the caller edited
   * @return false if the caller's authority has no open engagement (logged as refused)
   * @throws ConcurrentEditException if someone saved the record since {@code version}
   */
  public boolean changeIdentity(
      Actor actor, String reference, IdentityDetails identity, long version) {
    AgencyCode agency = agencyOf(actor);
    Optional<Participant> participant = access.openlyEngaged(actor, reference, AccessAction.UPDATE);
    participant.ifPresent(
        p -> {
          long current =
              repository.identity(p, agency).map(ParticipantIdentity::getVersion).orElse(0L);
          requireVersion(current, version);
          saveIdentity(p, agency, actor.username(), identity, Instant.now(clock));
        });
    return participant.isPresent();
  }

  /**
   * Changes the caller's authority's own contact details for the participant.
   *
   * @param version the version of the contact details the caller edited (0: none recorded yet)
   * @return false if the caller's authority has no open engagement (logged as refused)
   * @throws ConcurrentEditException if someone saved them since {@code version}
   */
  public boolean changeContact(
      Actor actor, String reference, ContactDetails contact, long version) {
    AgencyCode agency = agencyOf(actor);
    Optional<Participant> participant = access.openlyEngaged(actor, reference, AccessAction.UPDATE);
    participant.ifPresent(
        p -> {
          requireVersion(
              repository.contact(p, agency).map(ParticipantContact::getVersion).orElse(0L),
              version);
          saveContact(p, agency, contact);
        });
    return participant.isPresent();
  }

  /**
   * Opens a new engagement of an authority that has been engaged before, after an earlier one
   * closed; a first engagement comes with registration.
   */
  public boolean openEngagement(Actor actor, String reference, long unitId, LocalDate start) {
    AgencyCode agency = agencyOf(actor);
    Optional<Participant> participant = access.everEngaged(actor, reference, AccessAction.CREATE);
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
        access
            .openlyEngaged(actor, reference, AccessAction.UPDATE)
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

  private record Name(String first, String last) {}

  private DisclosureCondition disclosedTo(AgencyCode agency) {
    return gate.participantsDisclosedTo(agency, IDENTITY, "p.id");
  }

  /**
   * The other authorities' identity records a name search may match: those a consent lets reach the
   * caller's authority. Each one found is still decided and logged by the gate before its name is
   * shown.
   */
  private DisclosureCondition disclosedIdentities(AgencyCode agency) {
    return gate.recordsDisclosedTo(agency, IDENTITY, "p.id", "i.agency");
  }

  /**
   * The names a list shows: the own authority's, else the first one the gate discloses. The
   * participants' identity records are read together and the other authorities' decided with one
   * call, so a page costs the same few statements whatever its length.
   */
  private Map<Long, Name> namesFor(Actor actor, AgencyCode agency, List<Participant> participants) {
    Map<Long, List<ParticipantIdentity>> identities =
        repository
            .identitiesOf(participants.stream().map(Participant::getId).collect(toSet()))
            .stream()
            .collect(groupingBy(i -> i.getParticipant().getId()));
    Map<Long, Name> names = new HashMap<>();
    List<ParticipantIdentity> others = new ArrayList<>();
    for (Participant participant : participants) {
      List<ParticipantIdentity> of = identities.getOrDefault(participant.getId(), List.of());
      of.stream()
          .filter(i -> i.getAgency().equals(agency))
          .findFirst()
          .ifPresentOrElse(
              own ->
                  names.put(participant.getId(), new Name(own.getFirstName(), own.getLastName())),
              () -> others.addAll(of));
    }
    List<Disclosure> decisions =
        gate.decideEach(
            actor, others.stream().map(ParticipantService::record).toList(), AccessAction.SEARCH);
    for (int i = 0; i < others.size(); i++) {
      ParticipantIdentity other = others.get(i);
      if (decisions.get(i).permitted()) {
        names.putIfAbsent(
            other.getParticipant().getId(), new Name(other.getFirstName(), other.getLastName()));
      }
    }
    participants.forEach(p -> names.putIfAbsent(p.getId(), new Name("", "")));
    return names;
  }

  private static DisclosedRecord record(ParticipantIdentity identity) {
    return new DisclosedRecord(
        identity.getParticipant().getId(),
        IDENTITY_RECORD_TYPE,
        String.valueOf(identity.getId()),
        identity.getAgency(),
        IDENTITY);
  }

  /**
   * The other authorities' identity records the gate permits the caller to see; every decision is
   * logged by the gate.
   */
  private List<AuthorityIdentity> disclosed(
      Actor actor,
      Participant participant,
      List<ParticipantIdentity> identities,
      AccessAction action) {
    List<ParticipantIdentity> others =
        identities.stream().filter(i -> !i.getAgency().value().equals(actor.agency())).toList();
    if (others.isEmpty()) {
      return List.of();
    }
    List<Disclosure> decisions =
        gate.decideAll(
            actor,
            participant.getId(),
            others.stream().map(ParticipantService::record).toList(),
            action);
    List<AuthorityIdentity> shown = new ArrayList<>();
    for (int i = 0; i < others.size(); i++) {
      if (decisions.get(i).permitted()) {
        shown.add(others.get(i).disclosed());
      }
    }
    return shown;
  }

  private ParticipantDetails details(Actor actor, Participant participant, boolean emergency) {
    AgencyCode agency = agencyOf(actor);
    PersonalIdentityNumber number = participant.getPersonalIdentityNumber();
    LocalDate today = today();
    List<ParticipantIdentity> identities = repository.identities(participant);
    Optional<ParticipantIdentity> ownIdentity =
        identities.stream().filter(i -> i.getAgency().equals(agency)).findFirst();
    Optional<IdentityDetails> own =
        ownIdentity.map(i -> i.details(participant.isProtectedIdentity()));
    List<AuthorityIdentity> others = disclosed(actor, participant, identities, AccessAction.READ);
    Optional<ParticipantContact> contact = repository.contact(participant, agency);
    Name name =
        own.map(i -> new Name(i.firstName(), i.lastName()))
            .or(() -> others.stream().findFirst().map(i -> new Name(i.firstName(), i.lastName())))
            .orElse(new Name("", ""));
    return new ParticipantDetails(
        participant.getReference(),
        number.masked(),
        name.first(),
        name.last(),
        number.birthDate(),
        number.ageOn(today),
        number.legalSex(),
        number.isCoordinationNumber(),
        own.orElse(null),
        others,
        participant.isProtectedIdentity(),
        participant.isProtectedBy(agency),
        contact.map(ParticipantContact::details).orElse(ContactDetails.none()),
        repository.engagements(participant, agency).stream().map(this::view).toList(),
        repository.identityChanges(participant, agency).stream()
            .map(
                c ->
                    new IdentityChangeView(
                        c.getField(),
                        c.getOldValue(),
                        c.getNewValue(),
                        c.getChangedBy(),
                        c.getChangedAt(),
                        c.getReason()))
            .toList(),
        ownIdentity.map(ParticipantIdentity::getVersion).orElse(0L),
        contact.map(ParticipantContact::getVersion).orElse(0L),
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

  /**
   * Creates or changes the authority's own identity record (changes go into its history) and sets
   * the protected-identity marker if asked to.
   */
  private void saveIdentity(
      Participant participant,
      AgencyCode agency,
      String username,
      IdentityDetails identity,
      Instant now) {
    Optional<ParticipantIdentity> existing = repository.identity(participant, agency);
    if (existing.isPresent()) {
      existing.get().change(identity, username, now).forEach(repository::persist);
    } else {
      repository.persist(new ParticipantIdentity(participant, agency, identity, now));
    }
    if (identity.protectedIdentity()) {
      participant.protectIdentity(agency, username, now).ifPresent(repository::persist);
    }
  }

  private void saveContact(Participant participant, AgencyCode agency, ContactDetails contact) {
    Optional<ParticipantContact> existing = repository.contact(participant, agency);
    if (existing.isPresent()) {
      existing.get().change(contact);
    } else {
      repository.persist(new ParticipantContact(participant, agency, contact));
    }
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
      throw new InvalidUnitException().about("unitId");
    }
  }

  private long staffId(Actor actor) {
    return organisation
        .staffMember(actor.staffSubject())
        .map(StaffMember::getId)
        .orElseThrow(NoAuthorityException::new);
  }

  static AgencyCode agencyOf(Actor actor) {
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
