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
  void aJointRecordNeedsAConsentConfirmedByBothBetweenEveryPairOfAuthorities() {
    InformationCategory meetings = InformationCategory.MEETINGS;
    Consent fkAf = confirmedBy(consent("FK", Set.of("FK", "AF"), meetings), "AF");
    Consent fkRegion = confirmedBy(consent("FK", Set.of("FK", "REGION"), meetings), "REGION");

    assertEquals(
        List.of(),
        DisclosureRule.missingJointConsent(
            Set.of("FK", "AF"), meetings, DAY, List.of(fkAf), List.of()));
    assertEquals(
        List.of("AF–REGION"),
        DisclosureRule.missingJointConsent(
            Set.of("FK", "AF", "REGION"), meetings, DAY, List.of(fkAf, fkRegion), List.of()),
        "no consent links AF and REGION, though each is linked to FK");
    Consent afRegion = consent("AF", Set.of("AF", "REGION"), meetings);
    assertEquals(
        List.of("AF–REGION"),
        DisclosureRule.missingJointConsent(
            Set.of("FK", "AF", "REGION"),
            meetings,
            DAY,
            List.of(fkAf, fkRegion, afRegion),
            List.of()),
        "REGION has not confirmed AF's consent");
    confirmedBy(afRegion, "REGION");
    assertEquals(
        List.of(),
        DisclosureRule.missingJointConsent(
            Set.of("FK", "AF", "REGION"),
            meetings,
            DAY,
            List.of(fkAf, fkRegion, afRegion),
            List.of()));
    assertEquals(
        List.of("AF–FK"),
        DisclosureRule.missingJointConsent(
            Set.of("FK", "AF"),
            meetings,
            DAY,
            List.of(consent("FK", Set.of("FK", "AF"), meetings)),
            List.of()),
        "AF has not confirmed: FK alone cannot link them");
    assertEquals(
        List.of("AF–FK"),
        DisclosureRule.missingJointConsent(
            Set.of("FK", "AF"), meetings, DAY, List.of(fkAf), List.of(restriction("AF", meetings))),
        "a restriction stops it too");
    assertEquals(
        List.of("AF–FK"),
        DisclosureRule.missingJointConsent(
            Set.of("FK", "AF"), InformationCategory.PLANS, DAY, List.of(fkAf), List.of()),
        "another category");
  }

  @Test
  void aConsentLetsOnlyTheRecordingAuthorityAndThoseThatConfirmedItDisclose() {
    Consent byAf = consent("AF", Set.of("FK", "AF"), NOTES);

    Disclosure awaiting = decide("AF", "FK", NOTES, List.of(byAf));
    assertFalse(awaiting.permitted(), "AF cannot open FK's records by its own consent");
    assertFalse(awaiting.counted(), "and is not told that FK has any");
    assertEquals(AccessBasis.CONSENT, decide("FK", "AF", NOTES, List.of(byAf)).basis());

    byAf.confirm("FK", ConfirmationBasis.SIGNED_FORM_SEEN, null, "anna", NOW, DAY);
    Disclosure confirmed = decide("AF", "FK", NOTES, List.of(byAf));
    assertEquals(AccessBasis.CONSENT, confirmed.basis());
    assertEquals(byAf.getId(), confirmed.basisId());

    byAf.revokeConfirmation("FK", "Fel person", "anna", NOW);
    Disclosure revoked = decide("AF", "FK", NOTES, List.of(byAf));
    assertFalse(revoked.permitted(), "a revoked confirmation stops FK's records at once");
    assertTrue(revoked.counted(), "FK has told AF it is involved");
  }

  @Test
  void aDeclineKeepsTheDecliningAuthoritysRecordsInAndChangesNothingForTheRecorders() {
    Consent byFk = consent("FK", Set.of("FK", "AF"), NOTES);
    byFk.decline("AF", "Vi har inte träffat deltagaren", "bertil", NOW, DAY);

    assertEquals(AccessBasis.CONSENT, decide("AF", "FK", NOTES, List.of(byFk)).basis());
    Disclosure declined = decide("FK", "AF", NOTES, List.of(byFk));
    assertFalse(declined.permitted());
    assertFalse(declined.counted(), "a decline tells nothing about AF's records");

    byFk.confirm(
        "AF", ConfirmationBasis.OTHER, "Deltagaren bekräftade i telefon", "bertil", NOW, DAY);
    assertEquals(AccessBasis.CONSENT, decide("FK", "AF", NOTES, List.of(byFk)).basis());
  }

  @Test
  void aThirdAuthoritysConfirmationOpensNothingButItsOwnRecords() {
    Consent byAf = consent("AF", Set.of("FK", "AF", "REGION"), NOTES);
    byAf.confirm("REGION", ConfirmationBasis.PRESENT_WHEN_GIVEN, null, "cecilia", NOW, DAY);

    assertFalse(decide("AF", "FK", NOTES, List.of(byAf)).permitted());
    assertEquals(AccessBasis.CONSENT, decide("AF", "REGION", NOTES, List.of(byAf)).basis());
    assertEquals(AccessBasis.CONSENT, decide("FK", "REGION", NOTES, List.of(byAf)).basis());
  }

  @Test
  void aWithdrawalByAnyNamedAuthorityStopsEveryFlowButTheCountStays() {
    Consent byFk = confirmedBy(consent("FK", Set.of("FK", "AF"), NOTES), "AF");
    byFk.withdraw("Deltagaren ångrade sig", "bertil", NOW);

    Disclosure fromFk = decide("AF", "FK", NOTES, List.of(byFk));
    assertFalse(fromFk.permitted());
    assertTrue(fromFk.counted());
    assertFalse(decide("FK", "AF", NOTES, List.of(byFk)).permitted());
  }

  @Test
  void aConfirmedConsentDisclosesNothingOutsideItsPeriod() {
    Consent expired = consent("FK", Set.of("FK", "AF"), NOTES, DAY.minusDays(30), DAY.minusDays(1));
    Consent upcoming = consent("AF", Set.of("FK", "AF"), NOTES, DAY.plusDays(1), DAY.plusDays(30));
    upcoming.confirm("FK", ConfirmationBasis.SIGNED_FORM_SEEN, null, "anna", NOW, DAY);

    assertFalse(decide("AF", "FK", NOTES, List.of(expired)).permitted(), "expired");
    assertTrue(decide("AF", "FK", NOTES, List.of(expired)).counted());
    assertFalse(decide("AF", "FK", NOTES, List.of(upcoming)).permitted(), "not yet valid");
  }

  @Test
  void aRestrictionIsCountedOnlyWhereTheAuthorHasToldTheReader() {
    Restriction againstAf = restriction("AF", NOTES);

    Disclosure told =
        DisclosureRule.decide(
            "AF",
            Set.of("FK"),
            NOTES,
            DAY,
            List.of(consent("FK", Set.of("FK", "AF"), NOTES)),
            List.of(againstAf),
            Optional.empty());
    assertTrue(told.restricted());
    assertTrue(told.counted());
    Disclosure untold =
        DisclosureRule.decide(
            "AF",
            Set.of("FK"),
            NOTES,
            DAY,
            List.of(consent("AF", Set.of("FK", "AF"), NOTES)),
            List.of(againstAf),
            Optional.empty());
    assertFalse(untold.permitted());
    assertFalse(untold.counted());
  }

  private static Disclosure decide(
      String reader, String author, InformationCategory category, List<Consent> consents) {
    return DisclosureRule.decide(
        reader, Set.of(author), category, DAY, consents, List.of(), Optional.empty());
  }

  /** A consent recorded by Försäkringskassan where it is named, so that FK's records flow. */
  private static Consent consent(
      Set<String> agencies, InformationCategory category, LocalDate from, LocalDate until) {
    return consent(agencies.contains("FK") ? "FK" : "REGION", agencies, category, from, until);
  }

  private static Consent consent(
      String recorder, Set<String> agencies, InformationCategory category) {
    return consent(recorder, agencies, category, DAY.minusDays(5), DAY.plusDays(5));
  }

  private static Consent consent(
      String recorder,
      Set<String> agencies,
      InformationCategory category,
      LocalDate from,
      LocalDate until) {
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

  private static Consent confirmedBy(Consent consent, String agency) {
    consent.confirm(agency, ConfirmationBasis.SIGNED_FORM_SEEN, null, "staff", NOW, DAY);
    return consent;
  }

  private static Restriction restriction(String agency, InformationCategory category) {
    String recorder = agency.equals("FK") ? "AF" : "FK";
    return new Restriction(
        7L, agency, Set.of(category), "Deltagarens önskan", "anna", recorder, NOW);
  }
}
