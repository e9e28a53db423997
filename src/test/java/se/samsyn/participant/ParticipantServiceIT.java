package se.samsyn.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.audit.AccessDecision;
import se.samsyn.audit.AccessLogFilter;
import se.samsyn.audit.Actor;
import se.samsyn.audit.AuditService;
import se.samsyn.audit.LoggedAccess;
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

  @Deployment
  static WebArchive deployment() {
    return Deployments.feature(
        "participant", "consent", "timeline", "notice", "audit", "organisation");
  }

  @Inject private ParticipantService participants;
  @Inject private OrganisationService organisation;
  @Inject private AuditService audit;

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
