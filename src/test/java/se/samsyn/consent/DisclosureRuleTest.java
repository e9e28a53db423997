package se.samsyn.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samsyn.audit.AccessBasis;

/** The consent rule for one record, from every side a reader can come. */
class DisclosureRuleTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  private static final InformationCategory NOTES = InformationCategory.NOTES;

  @Test
  void theOwnAuthorityAlwaysSeesItsRecordsEvenUnderARestriction() {
    Disclosure own =
        DisclosureRule.decide(
            "FK",
            Set.of("FK"),
            NOTES,
            DAY,
            List.of(),
            List.of(restriction("FK", NOTES)),
            Optional.empty());

    assertTrue(own.permitted());
    assertEquals(AccessBasis.OWN_AUTHORITY, own.basis());
  }

  @Test
  void anotherAuthoritySeesARecordOnlyUnderAConsentCoveringItNow() {
    Consent fkToAf = consent(Set.of("FK", "AF"), NOTES, DAY.minusDays(5), DAY.plusDays(5));

    assertEquals(AccessBasis.CONSENT, decide("AF", "FK", NOTES, List.of(fkToAf)).basis());
    assertFalse(decide("AF", "FK", NOTES, List.of()).permitted(), "no consent");
    assertFalse(
        decide("AF", "FK", InformationCategory.HEALTH_DETAILS, List.of(fkToAf)).permitted(),
        "consent for another category");
    assertFalse(decide("KOMMUN-0181", "FK", NOTES, List.of(fkToAf)).permitted(), "other reader");
    assertFalse(decide("AF", "REGION", NOTES, List.of(fkToAf)).permitted(), "other author");
    assertFalse(
        decide(
                "AF",
                "FK",
                NOTES,
                List.of(consent(Set.of("FK", "AF"), NOTES, DAY.minusDays(30), DAY.minusDays(1))))
            .permitted(),
        "expired");
    assertFalse(
        decide(
                "AF",
                "FK",
                NOTES,
                List.of(consent(Set.of("FK", "AF"), NOTES, DAY.plusDays(1), DAY.plusDays(30))))
            .permitted(),
        "not yet valid");
  }

  @Test
  void aWithdrawnConsentDisclosesNothing() {
    Consent consent = consent(Set.of("FK", "AF"), NOTES, DAY.minusDays(5), DAY.plusDays(5));
    consent.withdraw("Deltagaren ångrade sig", "anna", NOW);

    assertFalse(decide("AF", "FK", NOTES, List.of(consent)).permitted());
  }

  @Test
  void aRestrictionOverridesEveryConsentAndSaysSo() {
    Consent consent = consent(Set.of("FK", "AF"), NOTES, DAY.minusDays(5), DAY.plusDays(5));

    Disclosure restricted =
        DisclosureRule.decide(
            "AF",
            Set.of("FK"),
            NOTES,
            DAY,
            List.of(consent),
            List.of(restriction("AF", NOTES)),
            Optional.empty());

    assertFalse(restricted.permitted());
    assertTrue(restricted.restricted());
    assertTrue(
        DisclosureRule.decide(
                "AF",
                Set.of("FK"),
                NOTES,
                DAY,
                List.of(consent),
                List.of(restriction("REGION", NOTES)),
                Optional.empty())
            .permitted(),
        "a restriction to another authority does not count");
  }

  @Test
  void sharedDataIsSeenWhenAnyEngagedAuthorityMayDiscloseIt() {
    Consent regionToAf =
        consent(
            Set.of("REGION", "AF"),
            InformationCategory.IDENTITY_AND_CONTACT,
            DAY.minusDays(5),
            DAY.plusDays(5));

    assertTrue(
        DisclosureRule.decide(
                "AF",
                Set.of("FK", "REGION"),
                InformationCategory.IDENTITY_AND_CONTACT,
                DAY,
                List.of(regionToAf),
                List.of(),
                Optional.empty())
            .permitted());
  }

  @Test
  void whatCannotBeDecidedIsRefused() {
    assertFalse(
        DisclosureRule.decide(
                null, Set.of("FK"), NOTES, DAY, List.of(), List.of(), Optional.empty())
            .permitted());
    assertFalse(
        DisclosureRule.decide("AF", Set.of(), NOTES, DAY, List.of(), List.of(), Optional.empty())
            .permitted());
    assertFalse(
        DisclosureRule.decide("FK", Set.of("FK"), null, DAY, List.of(), List.of(), Optional.empty())
            .permitted());
  }

  @Test
  void emergencyAccessOpensTheRecordsToItsUserForItsTimeButNotPastARestriction() {
    EmergencyAccess access =
        new EmergencyAccess(7L, "AF", "bertil", "Akut fara", NOW, Duration.ofHours(1));
    Optional<EmergencyAccess> open = Optional.of(access);

    assertEquals(
        AccessBasis.EMERGENCY,
        DisclosureRule.decide("AF", Set.of("FK"), NOTES, DAY, List.of(), List.of(), open).basis());
    assertFalse(
        DisclosureRule.decide(
                "AF", Set.of("FK"), NOTES, DAY, List.of(), List.of(restriction("AF", NOTES)), open)
            .permitted());
    assertTrue(access.grants("bertil", NOW.plusSeconds(3599)));
    assertFalse(access.grants("bertil", NOW.plusSeconds(3600)), "time-limited");
    assertFalse(access.grants("anna", NOW), "only its own user");
  }

  @Test
  void aJointRecordNeedsAConsentLinkingTheCreatorToEveryOtherAuthority() {
    Consent fkAf =
        consent(
            Set.of("FK", "AF"), InformationCategory.MEETINGS, DAY.minusDays(1), DAY.plusDays(1));

    assertEquals(
        List.of(),
        DisclosureRule.missingJointConsent(
            "FK", Set.of("FK", "AF"), InformationCategory.MEETINGS, DAY, List.of(fkAf), List.of()));
    assertEquals(
        List.of("KOMMUN-0181", "REGION"),
        DisclosureRule.missingJointConsent(
            "FK",
            Set.of("AF", "REGION", "KOMMUN-0181"),
            InformationCategory.MEETINGS,
            DAY,
            List.of(fkAf),
            List.of()),
        "names every authority without consent");
    assertEquals(
        List.of("AF"),
        DisclosureRule.missingJointConsent(
            "FK",
            Set.of("AF"),
            InformationCategory.MEETINGS,
            DAY,
            List.of(fkAf),
            List.of(restriction("AF", InformationCategory.MEETINGS))),
        "a restriction stops it too");
    assertEquals(
        List.of("AF"),
        DisclosureRule.missingJointConsent(
            "FK", Set.of("AF"), InformationCategory.PLANS, DAY, List.of(fkAf), List.of()),
        "another category");
  }

  private static Disclosure decide(
      String reader, String author, InformationCategory category, List<Consent> consents) {
    return DisclosureRule.decide(
        reader, Set.of(author), category, DAY, consents, List.of(), Optional.empty());
  }

  private static Consent consent(
      Set<String> agencies, InformationCategory category, LocalDate from, LocalDate until) {
    String recorder = agencies.contains("FK") ? "FK" : agencies.iterator().next();
    return new Consent(
        7L,
        new ConsentTerms(
            agencies,
            Set.of(category),
            ConsentPurpose.SIP,
            null,
            null,
            ConsentForm.WRITTEN,
            ConsentGiver.PARTICIPANT,
            null,
            from,
            until,
            null),
        "anna",
        recorder,
        Period.ofMonths(12),
        NOW);
  }

  private static Restriction restriction(String agency, InformationCategory category) {
    String recorder = agency.equals("FK") ? "AF" : "FK";
    return new Restriction(
        7L, agency, Set.of(category), "Deltagarens önskan", "anna", recorder, NOW);
  }
}
