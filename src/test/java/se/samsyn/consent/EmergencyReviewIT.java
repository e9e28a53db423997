package se.samsyn.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
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
 * The emergency-access review queue: nobody reviews their own access, whatever roles they hold, and
 * an auditor without an authority has no queue (emergency access is on in this run).
 */
@ExtendWith(ArquillianExtension.class)
class EmergencyReviewIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.feature(
        "consent", "participant", "timeline", "note", "notice", "audit", "organisation");
  }

  @Inject private EmergencyAccessService emergencyAccess;
  @Inject private ParticipantService participants;
  @Inject private OrganisationService organisation;

  @Test
  void nobodyReviewsTheirOwnEmergencyAccessButAnotherAuditorMay() {
    register(staff("FK", "review-it-fk", "case-worker"), "200112062385");
    Actor both = staff("AF", "review-it-af-both", "auditor,case-worker");
    participants.openEmergencyAccess(
        both, PersonalIdentityNumber.of("200112062385"), "Akut, ingen annan nåbar");
    EmergencyAccessView own =
        emergencyAccess.reviewQueue(both).stream()
            .filter(a -> a.username().equals(both.username()))
            .findFirst()
            .orElseThrow();

    InvalidConsentException refused =
        assertThrows(
            InvalidConsentException.class, () -> emergencyAccess.review(both, own.id(), "Ok"));
    assertEquals("emergency.review.own", refused.messageKey());
    assertTrue(emergencyAccess.reviewQueue(both).contains(own), "still waiting for review");

    Actor nobody = new Actor("review-it-x", "review-it-x", null, null, "auditor", null, null);
    assertEquals(java.util.List.of(), emergencyAccess.reviewQueue(nobody));
    assertFalse(emergencyAccess.review(nobody, own.id(), "Ok"), "no authority, nothing to review");

    Actor other = new Actor("review-it-af", "review-it-af", "AF", null, "auditor", null, null);
    assertTrue(emergencyAccess.review(other, own.id(), "Befogad"));
  }

  private void register(Actor actor, String number) {
    participants.register(
        actor,
        new ParticipantRegistration(
            PersonalIdentityNumber.of(number),
            new IdentityDetails("Test", "Granskning", Sex.MALE, null, false, false),
            ContactDetails.none(),
            organisation
                .agency(AgencyCode.of(actor.agency()))
                .orElseThrow()
                .getUnits()
                .get(0)
                .getId(),
            LocalDate.of(2026, 11, 1)));
  }

  private Actor staff(String agency, String subject, String roles) {
    organisation.recordLogin(
        new StaffIdentity(subject, subject, "Test " + agency, null, AgencyCode.of(agency)));
    return new Actor(subject, subject, agency, null, roles, "127.0.0.1", "review-it");
  }
}
