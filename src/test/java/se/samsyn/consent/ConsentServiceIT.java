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
import se.samsyn.audit.Actor;
import se.samsyn.organisation.AgencyCode;
import se.samsyn.organisation.OrganisationService;
import se.samsyn.organisation.StaffIdentity;
import se.samsyn.participant.ContactDetails;
import se.samsyn.participant.IdentityDetails;
import se.samsyn.participant.ParticipantRegistration;
import se.samsyn.participant.ParticipantService;
import se.samsyn.participant.PersonalIdentityNumber;
import se.samsyn.participant.Sex;
import se.samsyn.test.Deployments;

/**
 * Consents in the container: who may record, see and withdraw them; withdrawal takes effect at
 * once.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentServiceIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

  @Deployment
  static WebArchive deployment() {
    return Deployments.feature("consent", "participant", "audit", "organisation");
  }

  @Inject private ConsentService consents;
  @Inject private ParticipantService participants;
  @Inject private OrganisationService organisation;

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
    assertEquals(Optional.empty(), consents.consents(af, reference), "AF is not engaged yet");
    assertEquals(
        Optional.empty(), consents.record(kommun, reference, notesBetween("KOMMUN-0181", "AF")));
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
    return new ConsentTerms(
        Set.of(first, second),
        Set.of(InformationCategory.NOTES, InformationCategory.IDENTITY_AND_CONTACT),
        ConsentPurpose.SIP,
        "SIP om arbetsträning",
        "Inget om missbruk",
        ConsentForm.WRITTEN,
        ConsentGiver.PARTICIPANT,
        null,
        TODAY,
        TODAY.plusMonths(6),
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

  private Actor staff(String agency) {
    String subject = "consent-it-" + agency.toLowerCase();
    organisation.recordLogin(
        new StaffIdentity(subject, subject, "Test " + agency, null, AgencyCode.of(agency)));
    return new Actor(subject, subject, agency, null, "case-worker", "127.0.0.1", "consent-it");
  }
}
