package se.samsyn.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.audit.AccessAction;
import se.samsyn.audit.AccessBasis;
import se.samsyn.audit.AccessDecision;
import se.samsyn.audit.AccessLogFilter;
import se.samsyn.audit.Actor;
import se.samsyn.audit.AuditService;
import se.samsyn.audit.LoggedAccess;
import se.samsyn.consent.ConfirmationBasis;
import se.samsyn.consent.ConsentForm;
import se.samsyn.consent.ConsentGiver;
import se.samsyn.consent.ConsentPurpose;
import se.samsyn.consent.ConsentService;
import se.samsyn.consent.ConsentTerms;
import se.samsyn.consent.InformationCategory;
import se.samsyn.organisation.AgencyCode;
import se.samsyn.organisation.OrganisationService;
import se.samsyn.organisation.StaffIdentity;
import se.samsyn.platform.ConcurrentEditException;
import se.samsyn.test.Deployments;

/**
 * Registering and finding participants in the container. Each test registers its own people
 * (Skatteverket's test numbers), so the tests share the database without depending on each other.
 */
@ExtendWith(ArquillianExtension.class)
class ParticipantServiceIT {

  private static final LocalDate START = LocalDate.of(2026, 11, 2);
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

  @Deployment
  static WebArchive deployment() {
    return Deployments.feature(
        "participant", "consent", "timeline", "notice", "audit", "organisation");
  }

  @Inject private ParticipantService participants;
  @Inject private OrganisationService organisation;
  @Inject private AuditService audit;
  @Inject private ParticipantIdentityService identities;
  @Inject private ConsentService consents;

  private static final Actor AUDITOR =
      new Actor("it-granskare", "it-granskare", "FORBUND", null, "auditor", "127.0.0.1", null);

  @Test
  void aCaseWorkerRegistersAPersonAndFindsThemWithTheirAuthoritysCase() {
    Actor fk = staff("FK");

    String reference =
        participants.register(
            fk, registration(fk, "199003172393", "Kalle", "Test", false, "Storgatan 1"));

    ParticipantDetails details = participants.read(fk, reference).orElseThrow();
    assertEquals("Kalle", details.firstName());
    assertEquals("19900317-****", details.maskedNumber());
    assertEquals(Sex.MALE, details.identity().sex());
    assertEquals("Storgatan 1", details.contact().streetAddress());
    assertEquals(1, details.engagements().size());
    assertTrue(details.engagements().get(0).open());
    assertEquals(
        List.of(reference),
        participants.search(fk, "19900317-2393", ParticipantSort.NAME_ASCENDING, 0, 10).stream()
            .map(ParticipantSummary::reference)
            .toList());
    assertEquals("19900317-2393", participants.revealNumber(fk, reference).orElseThrow());
  }

  @Test
  void anotherAuthorityFindsNothingAndCannotOpenThePerson() {
    Actor fk = staff("FK");
    Actor af = staff("AF");
    String reference =
        participants.register(fk, registration(fk, "198004252394", "Lisa", "Prov", false, null));

    assertEquals(Optional.empty(), participants.read(af, reference));
    assertEquals(Optional.empty(), participants.revealNumber(af, reference));
    List<LoggedAccess> refusals =
        audit.search(
            AUDITOR,
            new AccessLogFilter(
                null, af.username(), null, null, null, null, AccessDecision.REFUSED, null, null),
            0,
            100);
    assertTrue(
        refusals.stream().filter(r -> reference.equals(r.recordId())).count() >= 2,
        "every refused read is logged: " + refusals);
    assertEquals(
        0, participants.search(af, "198004252394", ParticipantSort.NAME_ASCENDING, 0, 10).size());
    assertEquals(
        0, participants.search(af, "Lisa Prov", ParticipantSort.NAME_ASCENDING, 0, 10).size());
    assertEquals(
        false,
        participants.changeIdentity(
            af, reference, new IdentityDetails("X", "Y", Sex.FEMALE, null, false, false), 0));
  }

  @Test
  void theSecondAuthorityRegistersTheSamePersonAsIfNew() {
    Actor fk = staff("FK");
    Actor kommun = staff("KOMMUN-0181");
    String byFk =
        participants.register(
            fk, registration(fk, "198308172389", "Maja", "Exempel", false, "Hemligvägen 2"));

    String byKommun =
        participants.register(
            kommun, registration(kommun, "19830817-2389", "Maja", "Exempel", false, null));

    assertEquals(byFk, byKommun, "one person, one participant");
    ParticipantDetails seenByKommun = participants.read(kommun, byKommun).orElseThrow();
    assertNull(seenByKommun.contact().streetAddress(), "FK's contact details stay FK's");
    assertEquals(1, seenByKommun.engagements().size(), "only the municipality's own case");
    assertEquals(1, participants.read(fk, byFk).orElseThrow().engagements().size());
  }

  @Test
  void theOwnAuthorityCannotRegisterAnOpenCaseTwice() {
    Actor fk = staff("FK");
    participants.register(fk, registration(fk, "198612092398", "Olle", "Prov", false, null));

    assertThrows(
        AlreadyRegisteredException.class,
        () ->
            participants.register(
                fk, registration(fk, "198612092398", "Olle", "Prov", false, null)));
  }

  @Test
  void protectedIdentityKeepsTheAddressWithTheRecordingAuthority() {
    Actor region = staff("REGION");
    Actor af = staff("AF");
    String reference =
        participants.register(
            region, registration(region, "199308052399", "Sam", "Skydd", true, "Okänd väg 3"));
    participants.register(af, registration(af, "199308052399", "Sam", "Skydd", true, null));

    ParticipantDetails seenByAf = participants.read(af, reference).orElseThrow();
    assertTrue(seenByAf.identity().protectedIdentity());
    assertNull(seenByAf.contact().streetAddress());
    assertEquals(
        "Okänd väg 3",
        participants.read(region, reference).orElseThrow().contact().streetAddress());
    assertTrue(
        participants
            .search(af, "Skydd", ParticipantSort.NAME_ASCENDING, 0, 10)
            .get(0)
            .protectedIdentity());
  }

  @Test
  void aConcurrentEditIsRefusedAndTheFirstSaveIsKept() {
    Actor fk = staff("FK");
    String reference =
        participants.register(fk, registration(fk, "199612112384", "Eva", "Först", false, null));
    long openedVersion = participants.read(fk, reference).orElseThrow().version();

    participants.changeIdentity(
        fk,
        reference,
        new IdentityDetails("Eva", "Andra", Sex.FEMALE, "arabiska", true, false),
        openedVersion);

    assertThrows(
        ConcurrentEditException.class,
        () ->
            participants.changeIdentity(
                fk,
                reference,
                new IdentityDetails("Eva", "Tredje", Sex.FEMALE, null, false, false),
                openedVersion));
    ParticipantDetails stored = participants.read(fk, reference).orElseThrow();
    assertEquals("Andra", stored.lastName());
    assertEquals(
        "lastName",
        stored.identityHistory().stream()
            .filter(c -> c.field().equals("lastName"))
            .findFirst()
            .orElseThrow()
            .field());
    assertEquals(
        "Först",
        stored.identityHistory().stream()
            .filter(c -> c.field().equals("lastName"))
            .findFirst()
            .orElseThrow()
            .oldValue());
  }

  @Test
  void aClosedCaseStaysClosedAndANewOneCanBeOpened() {
    Actor fk = staff("FK");
    String reference =
        participants.register(fk, registration(fk, "197809212397", "Bo", "Avslut", false, null));
    EngagementView engagement = participants.read(fk, reference).orElseThrow().engagements().get(0);

    assertThrows(
        InvalidEngagementClosureException.class,
        () ->
            participants.closeEngagement(
                fk, reference, engagement.id(), START.minusDays(1), "Klar", engagement.version()));
    participants.closeEngagement(
        fk,
        reference,
        engagement.id(),
        START.plusDays(10),
        "Återgått i arbete",
        engagement.version());
    participants.openEngagement(fk, reference, unitOf("FK"), START.plusDays(40));

    List<EngagementView> engagements = participants.read(fk, reference).orElseThrow().engagements();
    assertEquals(2, engagements.size());
    assertEquals(1, engagements.stream().filter(EngagementView::open).count());
    assertEquals(
        "Återgått i arbete",
        engagements.stream().filter(e -> !e.open()).findFirst().orElseThrow().closureReason());
  }

  @Test
  void aUnitOfAnotherAuthorityCannotBeChosen() {
    Actor fk = staff("FK");
    ParticipantRegistration withAfUnit =
        new ParticipantRegistration(
            PersonalIdentityNumber.of("195510222259"),
            new IdentityDetails("Åke", "Enhet", Sex.MALE, null, false, false),
            ContactDetails.none(),
            unitOf("AF"),
            START);

    assertThrows(InvalidUnitException.class, () -> participants.register(fk, withAfUnit));
  }

  @Test
  void aSecondAuthoritysRegistrationNeitherChangesNorRevealsTheFirstAuthoritysIdentity() {
    Actor fk = staff("FK");
    Actor af = staff("AF");
    String reference =
        participants.register(
            fk, registration(fk, "199005202396", "Fiona", "Försäkrad", false, null));

    participants.register(
        af, registration(af, "199005202396", "Alva", "Arbetssökande", false, null));

    ParticipantDetails seenByFk = participants.read(fk, reference).orElseThrow();
    assertEquals("Fiona", seenByFk.firstName(), "AF's registration changes nothing of FK's");
    assertEquals("Försäkrad", seenByFk.identity().lastName());
    assertEquals(List.of(), seenByFk.otherIdentities());
    ParticipantDetails seenByAf = participants.read(af, reference).orElseThrow();
    assertEquals("Alva", seenByAf.firstName());
    assertEquals(List.of(), seenByAf.otherIdentities(), "FK's record is not shown");
    assertEquals(List.of(), seenByAf.identityHistory(), "as for a new person: no history");
    assertEquals(List.of(), seenByFk.identityHistory());
    assertEquals(List.of(), found(af, "Försäkrad"), "a name only FK recorded finds nothing");
    assertEquals(List.of(reference), found(af, "Alva Arbetssökande"));
    assertEquals(List.of(), found(fk, "Arbetssökande"));
  }

  @Test
  void protectedIdentityStaysUntilTheSettingAuthorityLiftsItWithAReason() {
    Actor region = staff("REGION");
    Actor kommun = staff("KOMMUN-0181");
    String reference =
        participants.register(
            region, registration(region, "197912302390", "Rut", "Skyddad", true, null));

    participants.register(
        kommun, registration(kommun, "197912302390", "Rut", "Skyddad", false, null));
    participants.changeIdentity(
        kommun,
        reference,
        new IdentityDetails("Rut", "Skyddad", Sex.FEMALE, null, false, false),
        participants.read(kommun, reference).orElseThrow().version());

    assertTrue(participants.read(region, reference).orElseThrow().protectedIdentity());
    ParticipantDetails seenByKommun = participants.read(kommun, reference).orElseThrow();
    assertTrue(seenByKommun.protectedIdentity(), "an unticked box never clears the marker");
    assertFalse(seenByKommun.protectedByOwnAuthority());
    assertEquals(
        "participant.protectedIdentity.notOwn",
        assertThrows(
                ProtectedIdentityException.class,
                () -> identities.liftProtection(kommun, reference, "Skyddet har upphört"))
            .messageKey());
    assertThrows(
        ProtectedIdentityException.class, () -> identities.liftProtection(region, reference, " "));
    assertTrue(participants.read(kommun, reference).orElseThrow().protectedIdentity());

    assertTrue(identities.liftProtection(region, reference, "Skyddet har upphört enligt SKV"));

    assertFalse(participants.read(kommun, reference).orElseThrow().protectedIdentity());
    assertEquals(
        "Skyddet har upphört enligt SKV",
        participants.read(region, reference).orElseThrow().identityHistory().stream()
            .filter(c -> c.field().equals("protectedIdentity") && "false".equals(c.newValue()))
            .findFirst()
            .orElseThrow()
            .reason());
    assertTrue(
        audit
            .search(
                AUDITOR,
                new AccessLogFilter(
                    null,
                    region.username(),
                    null,
                    null,
                    null,
                    AccessAction.UPDATE,
                    AccessDecision.PERMITTED,
                    null,
                    null),
                0,
                500)
            .stream()
            .anyMatch(e -> reference.equals(e.recordId())),
        "the lifting is logged");
    assertTrue(identities.protectIdentity(kommun, reference), "any engaged authority sets it");
    assertTrue(participants.read(region, reference).orElseThrow().protectedIdentity());
  }

  @Test
  void underAConsentTheReaderSeesAndFindsTheOtherAuthoritysIdentityLabelled() {
    Actor fk = staff("FK");
    Actor af = staff("AF");
    String reference =
        participants.register(
            fk, registration(fk, "199101212380", "Frans", "Samtyckesberg", false, null));
    participants.register(af, registration(af, "199101212380", "Frank", "Berg", false, null));
    assertEquals(List.of(), found(af, "Samtyckesberg"));

    long consent =
        consents
            .record(
                fk,
                reference,
                new ConsentTerms(
                    Set.of("FK", "AF"),
                    Set.of(InformationCategory.IDENTITY_AND_CONTACT),
                    ConsentPurpose.SIP,
                    "SIP",
                    null,
                    ConsentForm.WRITTEN,
                    ConsentGiver.PARTICIPANT,
                    null,
                    TODAY,
                    TODAY.plusMonths(3),
                    null))
            .orElseThrow();

    ParticipantDetails seenByAf = participants.read(af, reference).orElseThrow();
    assertEquals("Frank", seenByAf.firstName(), "the own name comes first");
    assertEquals(
        List.of(new AuthorityIdentity("FK", "Frans", "Samtyckesberg", Sex.FEMALE, null, false)),
        seenByAf.otherIdentities());
    assertTrue(
        audit
            .search(
                AUDITOR,
                new AccessLogFilter(
                    null,
                    af.username(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    AccessBasis.CONSENT,
                    consent),
                0,
                500)
            .stream()
            .anyMatch(
                e ->
                    "identity".equals(e.recordType())
                        && e.decision() == AccessDecision.PERMITTED
                        && String.valueOf(consent).equals(e.basisReference())),
        "the disclosure is logged with the consent as its basis");
    List<ParticipantSummary> byFksName =
        participants.search(af, "Samtyckesberg", ParticipantSort.NAME_ASCENDING, 0, 10);
    assertEquals(
        List.of(reference), byFksName.stream().map(ParticipantSummary::reference).toList());
    assertEquals("Berg", byFksName.get(0).lastName(), "a list shows the own name");
    assertEquals(1, participants.count(af, "Samtyckesberg"));
    assertEquals(
        List.of(), found(staff("REGION"), "Samtyckesberg"), "not for an authority not named");
  }

  @Test
  void anInsidersOwnConsentFindsTheOtherAuthoritysNameOnlyOnceThatAuthorityConfirmedIt() {
    Actor fk = staff("FK");
    Actor af = staff("AF");
    String reference =
        participants.register(
            fk, registration(fk, "199101252386", "Fia", "Egenbekräftad", false, null));
    participants.register(af, registration(af, "199101252386", "Fia", "Lund", false, null));

    // AF, engaged, records the consent itself; FK, whose record holds the name, has not answered.
    long consent =
        consents
            .record(
                af,
                reference,
                new ConsentTerms(
                    Set.of("FK", "AF"),
                    Set.of(InformationCategory.IDENTITY_AND_CONTACT),
                    ConsentPurpose.SIP,
                    "SIP",
                    null,
                    ConsentForm.WRITTEN,
                    ConsentGiver.PARTICIPANT,
                    null,
                    TODAY,
                    TODAY.plusMonths(3),
                    null))
            .orElseThrow();
    List<String> beforeFkConfirmed = found(af, "Egenbekräftad");
    long countedBefore = participants.count(af, "Egenbekräftad");
    assertTrue(consents.confirm(fk, consent, ConfirmationBasis.SIGNED_FORM_SEEN, null));

    assertEquals(
        List.of(), beforeFkConfirmed, "FK's name is not AF's to search before FK confirms");
    assertEquals(0, countedBefore);
    assertEquals(List.of(reference), found(af, "Egenbekräftad"));
  }

  @Test
  void aNumberChangeKeepsTheParticipantAndTheOldNumberFindsThemForTheEngagedOnly() {
    Actor fk = staff("FK");
    Actor af = staff("AF");
    String reference =
        participants.register(fk, registration(fk, "199101232388", "Nora", "Nummer", false, null));
    participants.register(af, registration(af, "199307242397", "Annan", "Person", false, null));
    String other = found(af, "199307242397").get(0);
    assertEquals(false, identities.changeNumber(af, reference, "199207132383", "Nytt nummer"));
    assertThrows(
        InvalidNumberException.class,
        () -> identities.changeNumber(fk, reference, "19920713-2384", "Fel kontrollsiffra"));
    assertThrows(
        NumberInUseException.class,
        () -> identities.changeNumber(fk, reference, "199307242397", "Någon annans"));
    assertThrows(
        InvalidParticipantDataException.class,
        () -> identities.changeNumber(fk, reference, "199207132383", " "));

    assertTrue(identities.changeNumber(fk, reference, "19920713-2383", "Samordningsnummer ersatt"));

    assertEquals(List.of(reference), found(fk, "199207132383"));
    assertEquals(List.of(reference), found(fk, "199101232388"), "the old number still finds them");
    assertEquals("Nora", participants.read(fk, reference).orElseThrow().firstName());
    participants.register(af, registration(af, "199207132383", "Nora", "Nummer", false, null));
    assertEquals(List.of(reference), found(af, "199207132383"), "one participant, new number");
    assertEquals(List.of(), found(af, "199101232388"), "AF was not engaged when it changed");
    assertEquals(List.of(other), found(af, "199307242397"));
  }

  private List<String> found(Actor actor, String query) {
    return participants.search(actor, query, ParticipantSort.NAME_ASCENDING, 0, 10).stream()
        .map(ParticipantSummary::reference)
        .toList();
  }

  private ParticipantRegistration registration(
      Actor actor,
      String number,
      String firstName,
      String lastName,
      boolean protectedIdentity,
      String street) {
    PersonalIdentityNumber parsed =
        PersonalIdentityNumber.tryParse(number, LocalDate.of(2026, 11, 22)).orElseThrow();
    return new ParticipantRegistration(
        parsed,
        new IdentityDetails(
            firstName,
            lastName,
            Sex.valueOf(parsed.legalSex().name()),
            null,
            false,
            protectedIdentity),
        new ContactDetails(street, null, null, null, null, null, null, null),
        unitOf(actor.agency()),
        START);
  }

  private long unitOf(String agency) {
    return organisation.agency(AgencyCode.of(agency)).orElseThrow().getUnits().get(0).getId();
  }

  private Actor staff(String agency) {
    String subject = "it-" + agency.toLowerCase();
    organisation.recordLogin(
        new StaffIdentity(subject, subject, "Test " + agency, null, AgencyCode.of(agency)));
    return new Actor(subject, subject, agency, null, "case-worker", "127.0.0.1", "it-session");
  }
}
