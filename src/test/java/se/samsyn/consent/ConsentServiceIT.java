package se.samsyn.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import se.samsyn.note.NoteDraft;
import se.samsyn.note.NoteService;
import se.samsyn.notice.NoticeService;
import se.samsyn.notice.NoticeView;
import se.samsyn.organisation.AgencyCode;
import se.samsyn.organisation.OrganisationService;
import se.samsyn.organisation.StaffIdentity;
import se.samsyn.participant.ContactDetails;
import se.samsyn.participant.EngagementStatus;
import se.samsyn.participant.EngagementView;
import se.samsyn.participant.IdentityDetails;
import se.samsyn.participant.ParticipantRegistration;
import se.samsyn.participant.ParticipantService;
import se.samsyn.participant.ParticipantSort;
import se.samsyn.participant.ParticipantSummary;
import se.samsyn.participant.PersonalIdentityNumber;
import se.samsyn.participant.Sex;
import se.samsyn.test.Deployments;
import se.samsyn.test.MovableClock;
import se.samsyn.timeline.Timeline;
import se.samsyn.timeline.TimelineEntry;
import se.samsyn.timeline.TimelineService;

/**
 * Consents in the container: who may record, see and withdraw them; withdrawal takes effect at
 * once.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentServiceIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

  @Deployment
  static WebArchive deployment() {
    return Deployments.feature(
            "consent", "participant", "timeline", "note", "notice", "audit", "organisation")
        .addClass(MovableClock.class);
  }

  @Inject private ConsentService consents;
  @Inject private RestrictionService restrictions;
  @Inject private ParticipantService participants;
  @Inject private se.samsyn.participant.ParticipantIdentityService identities;
  @Inject private OrganisationService organisation;
  @Inject private NoteService notes;
  @Inject private TimelineService timelines;
  @Inject private AuditService audit;
  @Inject private EmergencyAccessService emergencyAccess;
  @Inject private NoticeService notices;
  @Inject private DisclosureGate gate;
  @Inject private ParticipantRegister registered;

  private static final Actor AUDITOR = auditor("FORBUND");

  @Test
  void anEngagedAuthorityRecordsAConsentThatTheNamedAuthoritiesSee() {
    Actor fk = staff("FK");
    Actor af = staff("AF");
    Actor kommun = staff("KOMMUN-0181");
    String reference = register(fk, "202203112384");

    long id = consents.record(fk, reference, notesBetween("FK", "AF")).orElseThrow();

    List<ConsentView> seenByFk = consents.consents(fk, reference).orElseThrow();
    assertEquals(List.of(id), seenByFk.stream().map(ConsentView::id).toList());
    assertEquals(ConsentStatus.ACTIVE, seenByFk.get(0).status());
    assertEquals("Inget om missbruk", seenByFk.get(0).exclusions());
    assertEquals(
        List.of(id),
        consents.consents(af, reference).orElseThrow().stream().map(ConsentView::id).toList(),
        "AF is named");
    assertEquals(
        Optional.empty(), consents.record(kommun, reference, notesBetween("KOMMUN-0181", "AF")));
    assertEquals(
        Optional.empty(), consents.consents(kommun, reference), "neither engaged nor named");
  }

  @Test
  void aConsentLetsTheNamedAuthorityFindAndReadWhatItCoversUntilItIsWithdrawn() {
    Actor fk = staff("FK");
    Actor af = staff("AF");
    String reference = register(fk, "197909292380");
    long note = notes.write(fk, reference, note("Arbetsträning planeras")).orElseThrow();
    assertEquals(Optional.empty(), timelines.timeline(af, reference));
    assertEquals(List.of(), found(af, "197909292380"));

    long consent = consents.record(fk, reference, notesBetween("FK", "AF")).orElseThrow();

    assertEquals(List.of(reference), found(af, "197909292380"));
    Timeline timeline = timelines.timeline(af, reference).orElseThrow();
    assertEquals(List.of("Arbetsträning planeras"), texts(timeline));
    assertEquals(1, timeline.hiddenCount(), "FK's engagement is not covered");
    assertTrue(
        entries(af, AccessDecision.PERMITTED).stream()
            .anyMatch(
                e ->
                    "note".equals(e.recordType())
                        && String.valueOf(note).equals(e.recordId())
                        && e.basis() == AccessBasis.CONSENT
                        && String.valueOf(consent).equals(e.basisReference())),
        "the read is logged with the consent as its basis");

    assertTrue(
        audit
            .search(
                AUDITOR,
                new AccessLogFilter(null, null, null, null, null, null, null, null, consent),
                0,
                500)
            .stream()
            .anyMatch(e -> String.valueOf(note).equals(e.recordId())),
        "the auditor finds the reads the consent permitted");

    assertTrue(consents.withdraw(fk, consent, "Deltagaren återkallade"));

    assertEquals(Optional.empty(), timelines.timeline(af, reference), "refused at once");
    assertEquals(List.of(), found(af, "197909292380"));
  }

  @Test
  void aRestrictionWithholdsWhatAConsentCoversAndSaysOnlyThatItExists() {
    Actor fk = staff("FK");
    Actor af = staff("AF");
    String reference = register(fk, "199906012399");
    long note = notes.write(fk, reference, note("Samtal om hälsan")).orElseThrow();
    consents.record(fk, reference, notesBetween("FK", "AF")).orElseThrow();

    long restriction =
        restrictions
            .restrict(fk, reference, "AF", Set.of(InformationCategory.NOTES), "Deltagarens önskan")
            .orElseThrow();

    Timeline timeline = timelines.timeline(af, reference).orElseThrow();
    assertEquals(List.of(), texts(timeline));
    assertEquals(1, timeline.restrictedCount());
    assertTrue(
        entries(af, AccessDecision.REFUSED).stream()
            .anyMatch(
                e ->
                    String.valueOf(note).equals(e.recordId())
                        && "restricted".equals(e.basisReference())));
    assertEquals(
        List.of("Samtal om hälsan"),
        texts(timelines.timeline(fk, reference).orElseThrow()),
        "the own authority still reads its note");

    assertFalse(restrictions.lift(af, restriction, "AF vill se"), "AF is not engaged");
    assertTrue(restrictions.lift(fk, restriction, "Deltagaren ändrade sig"));
    assertEquals(
        List.of("Samtal om hälsan"), texts(timelines.timeline(af, reference).orElseThrow()));
  }

  @Test
  void aConsentForAnotherAuthorityCategoryOrPeriodDisclosesNothing() {
    Actor fk = staff("FK");
    Actor af = staff("AF");
    Actor region = staff("REGION");
    String reference = register(fk, "197002129273");
    notes.write(fk, reference, note("Bara för Regionen")).orElseThrow();
    consents.record(fk, reference, notesBetween("FK", "REGION")).orElseThrow();
    consents
        .record(
            fk,
            reference,
            terms(
                Set.of("FK", "AF"),
                Set.of(InformationCategory.HEALTH_DETAILS),
                TODAY,
                TODAY.plusMonths(1)))
        .orElseThrow();
    consents
        .record(
            fk,
            reference,
            terms(
                Set.of("FK", "AF"),
                Set.of(InformationCategory.NOTES, InformationCategory.IDENTITY_AND_CONTACT),
                TODAY.minusDays(40),
                TODAY.minusDays(1)))
        .orElseThrow();

    assertEquals(Optional.empty(), timelines.timeline(af, reference));
    assertEquals(List.of(), found(af, "197002129273"));
    assertEquals(
        List.of("Bara för Regionen"), texts(timelines.timeline(region, reference).orElseThrow()));
  }

  @Test
  void theConsentRegisterShowsAnAuditorTheConsentsOfTheirAuthority() {
    Actor fk = staff("FK");
    String reference = register(fk, "199801052383");
    long id = consents.record(fk, reference, notesBetween("FK", "REGION")).orElseThrow();
    consents.withdraw(fk, id, "Fel person");
    Actor afAuditor = auditor("AF");

    List<RegisteredConsent> forForbund =
        consents.register(AUDITOR, 0, (int) consents.registerCount(AUDITOR));
    RegisteredConsent registered =
        forForbund.stream().filter(r -> r.consent().id() == id).findFirst().orElseThrow();
    assertEquals(ConsentStatus.WITHDRAWN, registered.consent().status());
    assertEquals("consent-it-fk", registered.consent().withdrawnBy());
    assertTrue(
        consents.register(afAuditor, 0, (int) consents.registerCount(afAuditor)).stream()
            .noneMatch(r -> r.consent().id() == id),
        "a consent not naming AF is not in AF's register");
  }

  @Test
  void emergencyAccessOpensOnePersonForItsUserAndWaitsForReview() {
    Actor fk = staff("FK");
    Actor af = staff("AF");
    String reference = register(fk, "199308272393");
    notes.write(fk, reference, note("Akut läge")).orElseThrow();
    assertEquals(Optional.empty(), participants.read(af, reference));
    assertThrows(
        InvalidConsentException.class,
        () -> participants.openEmergencyAccess(af, PersonalIdentityNumber.of("199308272393"), " "),
        "a reason is required");

    assertEquals(
        Optional.of(reference),
        participants.openEmergencyAccess(
            af, PersonalIdentityNumber.of("199308272393"), "Hotar att skada sig själv"));

    assertTrue(participants.read(af, reference).orElseThrow().underEmergencyAccess());
    assertEquals(List.of("Akut läge"), texts(timelines.timeline(af, reference).orElseThrow()));
    assertTrue(
        audit
            .search(
                AUDITOR,
                new AccessLogFilter(
                    null, af.username(), null, null, null, null, null, AccessBasis.EMERGENCY, null),
                0,
                500)
            .stream()
            .anyMatch(e -> "note".equals(e.recordType())),
        "reads under emergency access are marked in the log");
    Actor afAuditor = auditor("AF");
    Actor fkAuditor = auditor("FK");
    EmergencyAccessView queued =
        emergencyAccess.reviewQueue(afAuditor).stream()
            .filter(a -> a.reason().equals("Hotar att skada sig själv"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        emergencyAccess.reviewQueue(fkAuditor).stream().noneMatch(a -> a.id() == queued.id()),
        "FK's auditor reviews FK's accesses");
    assertTrue(emergencyAccess.review(afAuditor, queued.id(), "Befogad"));
    assertTrue(emergencyAccess.reviewQueue(AUDITOR).stream().noneMatch(a -> a.id() == queued.id()));
    assertEquals(Optional.empty(), participants.read(staff("REGION"), reference), "only its user");
  }

  @Test
  void theCaseWorkersAreToldOnceWhenAConsentEndsSoonAndWhenItHasEnded() {
    Actor fk = staff("FK");
    String reference = register(fk, "199206112394");
    long ended =
        consents
            .record(
                fk,
                reference,
                terms(
                    Set.of("FK", "AF"),
                    Set.of(InformationCategory.NOTES),
                    TODAY.minusDays(30),
                    TODAY.minusDays(1)))
            .orElseThrow();

    consents.noticeEndingConsents();
    consents.noticeEndingConsents();

    List<NoticeView> told =
        notices.unread(fk).stream()
            .filter(n -> reference.equals(n.participantReference()))
            .filter(n -> n.messageKey().equals("notice.consentExpired"))
            .toList();
    assertEquals(1, told.size(), "one notice, however often the job runs: " + told);
    assertEquals(
        List.of(String.valueOf(ended), TODAY.minusDays(1).toString()), told.get(0).parameters());
    notices.markRead(staff("AF"), told.get(0).id());
    assertEquals(1, notices.unread(fk).stream().filter(n -> n.id() == told.get(0).id()).count());
    notices.markRead(fk, told.get(0).id());
    assertTrue(notices.unread(fk).stream().noneMatch(n -> n.id() == told.get(0).id()));

    long endingSoon =
        consents
            .record(
                fk,
                reference,
                terms(
                    Set.of("FK", "AF"),
                    Set.of(InformationCategory.NOTES),
                    TODAY.minusDays(30),
                    TODAY.plusDays(10)))
            .orElseThrow();
    consents
        .record(
            fk,
            reference,
            terms(Set.of("FK", "AF"), Set.of(InformationCategory.NOTES), TODAY, TODAY.plusDays(60)))
        .orElseThrow();
    consents.noticeEndingConsents();
    consents.noticeEndingConsents();
    assertEquals(
        List.of(List.of(String.valueOf(endingSoon), TODAY.plusDays(10).toString())),
        notices.unread(fk).stream()
            .filter(n -> reference.equals(n.participantReference()))
            .filter(n -> n.messageKey().equals("notice.consentEnding"))
            .map(NoticeView::parameters)
            .toList(),
        "told once about the consent ending within two weeks, not about the later one");
  }

  @Test
  void anEngagedCaseWorkerPrintsTheFormBeforeRecording() {
    Actor fk = staff("FK");
    String reference = register(fk, "200304012396");

    byte[] pdf = consents.printableForm(fk, reference, notesBetween("FK", "AF")).orElseThrow();

    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals(
        Optional.empty(), consents.printableForm(staff("AF"), reference, notesBetween("FK", "AF")));
    assertThrows(
        InvalidConsentException.class,
        () ->
            consents.printableForm(
                fk,
                reference,
                terms(
                    Set.of("FK"), Set.of(InformationCategory.NOTES), TODAY, TODAY.plusMonths(1))));
    assertTrue(
        audit
            .search(
                AUDITOR,
                new AccessLogFilter(
                    null, fk.username(), null, null, null, AccessAction.PRINT, null, null, null),
                0,
                100)
            .stream()
            .anyMatch(e -> reference.equals(e.recordId())),
        "the printout is logged");
  }

  @Test
  void aJointRecordNeedsAConsentBothHaveConfirmedBetweenEveryPair() {
    Actor fk = staff("FK");
    Actor af = staff("AF");
    Actor region = staff("REGION");
    String reference = register(fk, "200209062397");
    register(af, "200209062397");
    register(region, "200209062397");
    long participantId = registered.idOf(reference).orElseThrow();
    long fkAf = consents.record(fk, reference, notesBetween("FK", "AF")).orElseThrow();
    consents
        .record(fk, reference, notesBetween("FK", "REGION"))
        .ifPresent(id -> consents.confirm(region, id, ConfirmationBasis.SIGNED_FORM_SEEN, null));

    MissingConsentException unconfirmed =
        assertThrows(
            MissingConsentException.class,
            () ->
                gate.requireJointConsent(
                    fk, participantId, Set.of(AgencyCode.of("AF")), InformationCategory.NOTES));
    assertEquals(List.of("AF–FK"), List.of(unconfirmed.parameters()), "AF has not confirmed");

    consents.confirm(af, fkAf, ConfirmationBasis.PRESENT_WHEN_GIVEN, null);
    gate.requireJointConsent(
        fk, participantId, Set.of(AgencyCode.of("AF")), InformationCategory.NOTES);
    MissingConsentException unlinked =
        assertThrows(
            MissingConsentException.class,
            () ->
                gate.requireJointConsent(
                    fk,
                    participantId,
                    Set.of(AgencyCode.of("AF"), AgencyCode.of("REGION")),
                    InformationCategory.NOTES));
    assertEquals("consent.missing.NOTES", unlinked.messageKey());
    assertEquals(
        List.of("AF–REGION"),
        List.of(unlinked.parameters()),
        "no consent links AF and REGION, though each is linked to FK");
  }

  @Test
  void anAuthorityCannotOpenAnothersRecordsByRegisteringThePersonAndRecordingAConsent() {
    Actor fk = staff("FK");
    Actor af = staff("AF");
    String reference = register(fk, "195401035638");
    long note = notes.write(fk, reference, note("FK:s anteckning")).orElseThrow();

    assertEquals(reference, register(af, "195401035638"), "one person, one reference");
    long consent =
        consents
            .record(
                af,
                reference,
                new ConsentTerms(
                    Set.of("FK", "AF"),
                    Set.of(InformationCategory.NOTES, InformationCategory.ENGAGEMENTS),
                    ConsentPurpose.SIP,
                    null,
                    null,
                    ConsentForm.ORAL_DOCUMENTED,
                    ConsentGiver.PARTICIPANT,
                    null,
                    TODAY,
                    TODAY.plusMonths(3),
                    null))
            .orElseThrow();

    Timeline before = timelines.timeline(af, reference).orElseThrow();
    assertEquals(List.of(), texts(before), "FK has not confirmed AF's consent");
    assertEquals(0, before.hiddenCount(), "and AF is not told that FK has records");
    assertTrue(
        entries(af, AccessDecision.REFUSED).stream()
            .anyMatch(e -> String.valueOf(note).equals(e.recordId())),
        "the refusal is logged");
    assertEquals(
        ConfirmationStatus.AWAITING,
        consents.consents(fk, reference).orElseThrow().get(0).statusOf("FK"));
    assertTrue(
        consents.awaitingConfirmation(fk).stream().anyMatch(a -> a.consentId() == consent),
        "FK's start page lists the consent awaiting its confirmation");
    assertTrue(
        notices.unread(fk).stream()
            .anyMatch(
                n ->
                    n.messageKey().equals("notice.consentAwaitsConfirmation")
                        && reference.equals(n.participantReference())),
        "FK's responsible case worker is told");
    assertThrows(
        InvalidConsentException.class,
        () -> consents.confirm(af, consent, ConfirmationBasis.SIGNED_FORM_SEEN, null),
        "AF cannot confirm for FK");

    assertTrue(consents.confirm(fk, consent, ConfirmationBasis.PRESENT_WHEN_GIVEN, null));
    assertEquals(
        List.of("FK:s anteckning"), texts(timelines.timeline(af, reference).orElseThrow()));
    assertTrue(
        entries(af, AccessDecision.PERMITTED).stream()
            .anyMatch(
                e ->
                    String.valueOf(note).equals(e.recordId())
                        && e.basis() == AccessBasis.CONSENT
                        && String.valueOf(consent).equals(e.basisReference())));
    assertTrue(consents.awaitingConfirmation(fk).stream().noneMatch(a -> a.consentId() == consent));

    assertTrue(consents.revokeConfirmation(fk, consent, "Fel underlag"));
    Timeline revoked = timelines.timeline(af, reference).orElseThrow();
    assertEquals(List.of(), texts(revoked), "a revoked confirmation stops FK's records at once");
    assertTrue(revoked.hiddenCount() >= 1, "FK has told AF it is involved");
  }

  @Test
  void aDeclineKeepsTheDecliningAuthoritysRecordsInAndAnAnswerNeedsAnOpenEngagement() {
    Actor fk = staff("FK");
    Actor af = staff("AF");
    String reference = register(fk, "195404042326");
    register(af, "195404042326");
    notes.write(af, reference, note("AF:s anteckning")).orElseThrow();
    notes.write(fk, reference, note("FK:s anteckning")).orElseThrow();
    long consent = consents.record(fk, reference, notesBetween("FK", "AF")).orElseThrow();

    assertEquals(
        "consent.decline.reasonRequired",
        assertThrows(InvalidConsentException.class, () -> consents.decline(af, consent, " "))
            .messageKey());
    assertTrue(consents.decline(af, consent, "Vi har inte träffat deltagaren"));

    assertEquals(
        Set.of("AF:s anteckning", "FK:s anteckning"),
        Set.copyOf(texts(timelines.timeline(af, reference).orElseThrow())),
        "FK's note still reaches AF");
    Timeline seenByFk = timelines.timeline(fk, reference).orElseThrow();
    assertEquals(List.of("FK:s anteckning"), texts(seenByFk), "AF's note stays with AF");
    assertEquals(
        ConfirmationStatus.DECLINED,
        consents.consents(fk, reference).orElseThrow().get(0).statusOf("AF"));
    assertFalse(consents.confirm(staff("REGION"), consent, ConfirmationBasis.OTHER, "x"));

    closeEngagement(af, reference);
    assertEquals(
        "consent.confirmation.engagementRequired",
        assertThrows(
                InvalidConsentException.class,
                () -> consents.confirm(af, consent, ConfirmationBasis.SIGNED_FORM_SEEN, null))
            .messageKey(),
        "a closed engagement keeps read access to the own records only");
    assertEquals(Optional.empty(), notes.write(af, reference, note("Efter avslut")));
  }

  @Test
  void theRestrictedAuthorityNeverSeesTheRestrictionAndOnlyItsRecorderLiftsIt() {
    Actor fk = staff("FK");
    Actor af = staff("AF");
    Actor region = staff("REGION");
    String reference = register(fk, "195401080691");
    register(af, "195401080691");
    register(region, "195401080691");
    long restriction =
        restrictions
            .restrict(fk, reference, "AF", Set.of(InformationCategory.NOTES), "Inget till AF")
            .orElseThrow();

    assertEquals(List.of(), restrictions.restrictions(af, reference).orElseThrow());
    assertTrue(
        entries(af, AccessDecision.REFUSED).stream()
            .anyMatch(
                e ->
                    "restriction".equals(e.recordType())
                        && String.valueOf(restriction).equals(e.recordId())),
        "the withheld restriction is logged as refused");
    assertFalse(restrictions.lift(af, restriction, "AF vill se"), "answered as if unknown");
    assertEquals(
        List.of(),
        restrictions.restrictions(region, reference).orElseThrow(),
        "REGION sees it only through a consent from FK");

    long consent =
        consents
            .record(
                fk,
                reference,
                terms(
                    Set.of("FK", "REGION"),
                    Set.of(InformationCategory.ENGAGEMENTS),
                    TODAY,
                    TODAY.plusMonths(2)))
            .orElseThrow();
    assertEquals(
        List.of(restriction),
        restrictions.restrictions(region, reference).orElseThrow().stream()
            .map(RestrictionView::id)
            .toList());
    assertTrue(
        entries(region, AccessDecision.PERMITTED).stream()
            .anyMatch(
                e ->
                    String.valueOf(restriction).equals(e.recordId())
                        && e.basis() == AccessBasis.CONSENT
                        && String.valueOf(consent).equals(e.basisReference())),
        "never logged as the reader's own record");
    assertEquals(
        "restriction.lifting.recorderOnly",
        assertThrows(
                InvalidConsentException.class,
                () -> restrictions.lift(region, restriction, "Deltagaren ringde"))
            .messageKey());
    assertTrue(restrictions.lift(fk, restriction, "Deltagaren ändrade sig"));
  }

  @Test
  void onlyTheRecordingAuthorityAttachesTheSignedDocumentAndTheOthersReadIt() {
    Actor fk = staff("FK");
    Actor af = staff("AF");
    String reference = register(fk, "195310022107");
    register(af, "195310022107");
    long consent = consents.record(fk, reference, notesBetween("FK", "AF")).orElseThrow();
    byte[] pdf = "%PDF-1.7 undertecknad".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    assertEquals(
        "consent.document.recorderOnly",
        assertThrows(
                InvalidConsentException.class,
                () -> consents.attachDocument(af, consent, "samtycke.pdf", pdf))
            .messageKey());
    assertTrue(consents.attachDocument(fk, consent, "samtycke.pdf", pdf));
    assertEquals("samtycke.pdf", consents.document(af, consent).orElseThrow().fileName());
  }

  @Test
  void aConfirmedConsentStopsAtItsEndDateWithoutAnyJob() {
    Actor fk = staff("FK");
    Actor af = staff("AF");
    String reference = register(fk, "195712302842");
    register(af, "195712302842");
    notes.write(af, reference, note("AF:s anteckning om arbetsträning")).orElseThrow();
    long consent =
        consents
            .record(
                fk,
                reference,
                terms(
                    Set.of("FK", "AF"),
                    Set.of(InformationCategory.NOTES),
                    TODAY.plusDays(2),
                    TODAY.plusDays(5)))
            .orElseThrow();
    consents.confirm(af, consent, ConfirmationBasis.SIGNED_FORM_SEEN, null);
    try {
      assertEquals(List.of(), texts(timelines.timeline(fk, reference).orElseThrow()), "upcoming");
      MovableClock.moveBy(java.time.Duration.ofDays(3));
      assertEquals(
          List.of("AF:s anteckning om arbetsträning"),
          texts(timelines.timeline(fk, reference).orElseThrow()),
          "in force");
      MovableClock.moveBy(java.time.Duration.ofDays(6));
      assertEquals(List.of(), texts(timelines.timeline(fk, reference).orElseThrow()), "ended");
      assertEquals(
          ConsentStatus.EXPIRED, consents.consents(fk, reference).orElseThrow().get(0).status());
    } finally {
      MovableClock.reset();
    }
  }

  @Test
  void twoRegistrationsOfOnePersonAreJoinedOnlyByAnAuthorityEngagedWithBoth() {
    Actor fk = staff("FK");
    Actor af = staff("AF");
    Actor region = staff("REGION");
    String duplicate = register(fk, "195401109565");
    notes.write(fk, duplicate, note("Före sammanslagningen")).orElseThrow();
    register(af, "195401109565");
    long consent = consents.record(fk, duplicate, notesBetween("FK", "AF")).orElseThrow();
    String survivor = register(fk, "195401225205");
    register(region, "195401225205");

    assertFalse(identities.merge(staff("KOMMUN-0181"), survivor, duplicate, "Samma person"));
    assertFalse(
        identities.merge(region, survivor, duplicate, "Samma person"), "REGION knows one only");
    assertFalse(identities.merge(af, survivor, duplicate, "Samma person"), "AF knows one only");
    assertThrows(
        se.samsyn.participant.InvalidParticipantDataException.class,
        () -> identities.merge(fk, survivor, duplicate, " "));

    assertTrue(identities.merge(fk, survivor, duplicate, "Felskrivet nummer vid registreringen"));

    assertEquals(survivor, participants.read(fk, duplicate).orElseThrow().reference());
    assertEquals(
        List.of("Före sammanslagningen"), texts(timelines.timeline(fk, survivor).orElseThrow()));
    assertEquals(
        List.of("Före sammanslagningen"),
        texts(timelines.timeline(af, survivor).orElseThrow()),
        "AF's case and FK's consent came along");
    assertTrue(
        consents.consents(af, survivor).orElseThrow().stream().anyMatch(c -> c.id() == consent));
    assertEquals(List.of(survivor), found(af, "195401109565"), "AF knew the old number");
    assertEquals(List.of(), found(region, "195401109565"), "REGION did not");
    assertEquals(List.of(survivor), found(region, "195401225205"));
    assertEquals(
        List.of(), texts(timelines.timeline(region, survivor).orElseThrow()), "no consent");
    assertThrows(
        se.samsyn.participant.InvalidParticipantDataException.class,
        () -> identities.merge(fk, survivor, duplicate, "Igen"),
        "they are one already");
  }

  private List<String> found(Actor actor, String query) {
    return participants.search(actor, query, ParticipantSort.NAME_ASCENDING, 0, 10).stream()
        .map(ParticipantSummary::reference)
        .toList();
  }

  private static List<String> texts(Timeline timeline) {
    return timeline.entries().stream()
        .filter(entry -> "note".equals(entry.recordType()))
        .map(TimelineEntry::text)
        .toList();
  }

  private List<LoggedAccess> entries(Actor actor, AccessDecision decision) {
    return audit.search(
        AUDITOR,
        new AccessLogFilter(null, actor.username(), null, null, null, null, decision, null, null),
        0,
        500);
  }

  private static NoteDraft note(String text) {
    return new NoteDraft(TODAY, InformationCategory.NOTES, text);
  }

  @Test
  void aWithdrawalByANamedAuthorityTakesEffectAtOnce() {
    Actor fk = staff("FK");
    Actor af = staff("AF");
    Actor region = staff("REGION");
    String reference = register(fk, "200610082380");
    long id = consents.record(fk, reference, notesBetween("FK", "AF")).orElseThrow();

    assertFalse(consents.withdraw(region, id, "Inte namngiven"), "REGION is not named");
    assertTrue(consents.withdraw(af, id, "Deltagaren ringde"));

    ConsentView withdrawn = consents.consents(fk, reference).orElseThrow().get(0);
    assertEquals(ConsentStatus.WITHDRAWN, withdrawn.status());
    assertEquals("Deltagaren ringde", withdrawn.withdrawalReason());
    assertThrows(InvalidConsentException.class, () -> consents.withdraw(fk, id, "Igen"));
  }

  @Test
  void anInvalidConsentIsRefusedWithItsReason() {
    Actor fk = staff("FK");
    String reference = register(fk, "201712112398");

    InvalidConsentException refused =
        assertThrows(
            InvalidConsentException.class,
            () ->
                consents.record(
                    fk,
                    reference,
                    new ConsentTerms(
                        Set.of("FK", "AF"),
                        Set.of(InformationCategory.NOTES),
                        ConsentPurpose.SIP,
                        null,
                        null,
                        ConsentForm.WRITTEN,
                        ConsentGiver.PARTICIPANT,
                        null,
                        TODAY,
                        TODAY.plusMonths(13),
                        null)));
    assertEquals("consent.period.tooLong", refused.messageKey());
  }

  private static ConsentTerms notesBetween(String first, String second) {
    return terms(
        Set.of(first, second),
        Set.of(InformationCategory.NOTES, InformationCategory.IDENTITY_AND_CONTACT),
        TODAY,
        TODAY.plusMonths(6));
  }

  private static ConsentTerms terms(
      Set<String> agencies, Set<InformationCategory> categories, LocalDate from, LocalDate until) {
    return new ConsentTerms(
        agencies,
        categories,
        ConsentPurpose.SIP,
        "SIP om arbetsträning",
        "Inget om missbruk",
        ConsentForm.WRITTEN,
        ConsentGiver.PARTICIPANT,
        null,
        from,
        until,
        null);
  }

  private String register(Actor actor, String number) {
    return participants.register(
        actor,
        new ParticipantRegistration(
            PersonalIdentityNumber.of(number),
            new IdentityDetails("Test", "Samtycke", Sex.MALE, null, false, false),
            ContactDetails.none(),
            organisation
                .agency(AgencyCode.of(actor.agency()))
                .orElseThrow()
                .getUnits()
                .get(0)
                .getId(),
            TODAY));
  }

  private void closeEngagement(Actor actor, String reference) {
    EngagementView open =
        participants.read(actor, reference).orElseThrow().engagements().stream()
            .filter(e -> e.status() == EngagementStatus.OPEN)
            .findFirst()
            .orElseThrow();
    assertTrue(
        participants.closeEngagement(
            actor, reference, open.id(), TODAY, "Avslutat", open.version()));
  }

  private static Actor auditor(String agency) {
    String subject = "consent-it-" + agency.toLowerCase() + "-granskare";
    return new Actor(subject, subject, agency, null, "auditor", "127.0.0.1", null);
  }

  private Actor staff(String agency) {
    String subject = "consent-it-" + agency.toLowerCase();
    organisation.recordLogin(
        new StaffIdentity(subject, subject, "Test " + agency, null, AgencyCode.of(agency)));
    return new Actor(subject, subject, agency, null, "case-worker", "127.0.0.1", "consent-it");
  }
}
