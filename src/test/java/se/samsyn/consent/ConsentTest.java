package se.samsyn.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsentTest {

  private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
  private static final LocalDate UNTIL = LocalDate.of(2027, 4, 30);
  private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
  private static final Period YEAR = Period.ofMonths(12);

  @Test
  void coversOnlyItsAuthoritiesCategoriesAndPeriod() {
    Consent consent =
        consent(terms(Set.of("FK", "AF"), Set.of(InformationCategory.NOTES), FROM, UNTIL));

    assertTrue(consent.covers("FK", "AF", InformationCategory.NOTES, FROM));
    assertTrue(consent.covers("FK", "AF", InformationCategory.NOTES, UNTIL));
    assertFalse(
        consent.covers("FK", "AF", InformationCategory.HEALTH_DETAILS, FROM), "another category");
    assertFalse(
        consent.covers("FK", "KOMMUN-0181", InformationCategory.NOTES, FROM), "another authority");
    assertFalse(
        consent.covers("FK", "AF", InformationCategory.NOTES, FROM.minusDays(1)), "not yet");
    assertFalse(
        consent.covers("FK", "AF", InformationCategory.NOTES, UNTIL.plusDays(1)), "expired");
    assertEquals(ConsentStatus.UPCOMING, consent.status(FROM.minusDays(1)));
    assertEquals(ConsentStatus.EXPIRED, consent.status(UNTIL.plusDays(1)));
  }

  @Test
  void theOtherNamedAuthorityDisclosesOnlyWhileItHasConfirmed() {
    Consent consent =
        consent(terms(Set.of("FK", "AF"), Set.of(InformationCategory.NOTES), FROM, UNTIL));
    LocalDate day = FROM.plusDays(10);

    assertEquals(ConfirmationStatus.RECORDED, consent.confirmationOf("FK"));
    assertEquals(ConfirmationStatus.AWAITING, consent.confirmationOf("AF"));
    assertFalse(consent.covers("AF", "FK", InformationCategory.NOTES, day), "awaiting");

    consent.decline("AF", "Känner inte till samtycket", "bertil", NOW, day);
    assertEquals(ConfirmationStatus.DECLINED, consent.confirmationOf("AF"));
    assertFalse(consent.covers("AF", "FK", InformationCategory.NOTES, day), "declined");
    assertTrue(
        consent.covers("FK", "AF", InformationCategory.NOTES, day), "FK's records still flow");

    consent.confirm("AF", ConfirmationBasis.SIGNED_FORM_SEEN, null, "bertil", NOW, day);
    assertEquals(ConfirmationStatus.CONFIRMED, consent.confirmationOf("AF"));
    assertTrue(consent.covers("AF", "FK", InformationCategory.NOTES, day), "confirmed");

    consent.revokeConfirmation("AF", null, "bertil", NOW);
    assertEquals(ConfirmationStatus.REVOKED, consent.confirmationOf("AF"));
    assertFalse(consent.covers("AF", "FK", InformationCategory.NOTES, day), "revoked");
    assertTrue(consent.disclosesInvolvementOf("AF", "FK"), "AF once told FK it is involved");
  }

  @Test
  void onlyANamedOtherAuthorityAnswersAConsentInForceAndSaysOnWhat() {
    Consent consent =
        consent(terms(Set.of("FK", "AF"), Set.of(InformationCategory.NOTES), FROM, UNTIL));
    LocalDate day = FROM.plusDays(10);

    assertAnswerRefused(
        "consent.confirmation.ownConsent",
        () -> consent.confirm("FK", ConfirmationBasis.SIGNED_FORM_SEEN, null, "anna", NOW, day));
    assertAnswerRefused(
        "consent.confirmation.notNamed",
        () ->
            consent.confirm(
                "REGION", ConfirmationBasis.SIGNED_FORM_SEEN, null, "cecilia", NOW, day));
    assertAnswerRefused(
        "consent.confirmation.basisRequired",
        () -> consent.confirm("AF", null, null, "bertil", NOW, day));
    assertAnswerRefused(
        "consent.confirmation.textRequired",
        () -> consent.confirm("AF", ConfirmationBasis.OTHER, " ", "bertil", NOW, day));
    assertAnswerRefused(
        "consent.decline.reasonRequired", () -> consent.decline("AF", "", "bertil", NOW, day));
    assertAnswerRefused(
        "consent.revocation.notConfirmed",
        () -> consent.revokeConfirmation("AF", null, "bertil", NOW));
    assertAnswerRefused(
        "consent.confirmation.notInForce",
        () ->
            consent.confirm(
                "AF", ConfirmationBasis.SIGNED_FORM_SEEN, null, "bertil", NOW, UNTIL.plusDays(1)));
    consent.confirm("AF", ConfirmationBasis.PRESENT_WHEN_GIVEN, null, "bertil", NOW, day);
    assertAnswerRefused(
        "consent.confirmation.alreadyConfirmed",
        () -> consent.confirm("AF", ConfirmationBasis.SIGNED_FORM_SEEN, null, "bertil", NOW, day));
    assertAnswerRefused(
        "consent.decline.confirmed", () -> consent.decline("AF", "Nej", "bertil", NOW, day));
    consent.revokeConfirmation("AF", null, "bertil", NOW);
    consent.withdraw("Deltagaren ångrade sig", "bertil", NOW);
    assertAnswerRefused(
        "consent.confirmation.notInForce",
        () -> consent.confirm("AF", ConfirmationBasis.SIGNED_FORM_SEEN, null, "bertil", NOW, day));
  }

  @Test
  void aCallerWithoutAnAuthorityIsNamedByNoConsent() {
    Consent consent =
        consent(terms(Set.of("FK", "AF"), Set.of(InformationCategory.NOTES), FROM, UNTIL));

    assertFalse(consent.names(null));
    assertFalse(consent.covers("FK", null, InformationCategory.NOTES, FROM));
    assertEquals(ConfirmationStatus.AWAITING, consent.confirmationOf(null));
  }

  @Test
  void aConsentNamesMemberAuthoritiesOnly() {
    assertRefused(
        "consent.agencies.memberOnly",
        terms(Set.of("FK", "FORBUND"), Set.of(InformationCategory.NOTES), FROM, UNTIL));
  }

  @Test
  void onlyTheRecordingAuthorityAttachesTheSignedDocument() {
    Consent consent =
        consent(terms(Set.of("FK", "AF"), Set.of(InformationCategory.NOTES), FROM, UNTIL));
    byte[] pdf = "%PDF-1.7 signed".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    assertAnswerRefused(
        "consent.document.recorderOnly",
        () -> consent.attachDocument("a.pdf", pdf, 100, "bertil", "AF", NOW));
  }

  private static void assertAnswerRefused(
      String messageKey, org.junit.jupiter.api.function.Executable answer) {
    assertEquals(messageKey, assertThrows(InvalidConsentException.class, answer).messageKey());
  }

  @Test
  void aWithdrawalTakesEffectAtOnceAndOnlyOnce() {
    Consent consent =
        consent(terms(Set.of("FK", "AF"), Set.of(InformationCategory.NOTES), FROM, UNTIL));

    consent.withdraw("Vill inte längre", "anna", NOW);

    assertEquals(ConsentStatus.WITHDRAWN, consent.status(FROM.plusDays(30)));
    assertFalse(consent.covers("FK", "AF", InformationCategory.NOTES, FROM.plusDays(30)));
    assertThrows(InvalidConsentException.class, () -> consent.withdraw("igen", "anna", NOW));
  }

  @Test
  void aWithdrawalNeedsAReason() {
    Consent consent =
        consent(terms(Set.of("FK", "AF"), Set.of(InformationCategory.NOTES), FROM, UNTIL));

    assertThrows(InvalidConsentException.class, () -> consent.withdraw(" ", "anna", NOW));
  }

  @Test
  void aConsentIsNeverGeneral() {
    Set<InformationCategory> notes = Set.of(InformationCategory.NOTES);
    assertRefused("consent.agencies.atLeastTwo", terms(Set.of("FK"), notes, FROM, UNTIL));
    assertRefused("consent.agencies.ownMissing", terms(Set.of("AF", "REGION"), notes, FROM, UNTIL));
    assertRefused(
        "consent.agencies.invalid", terms(Set.of("FK", "SKATTEVERKET"), notes, FROM, UNTIL));
    assertRefused("consent.categories.required", terms(Set.of("FK", "AF"), Set.of(), FROM, UNTIL));
    assertRefused("consent.period.required", terms(Set.of("FK", "AF"), notes, FROM, null));
    assertRefused(
        "consent.period.endBeforeStart", terms(Set.of("FK", "AF"), notes, FROM, FROM.minusDays(1)));
    assertRefused(
        "consent.period.tooLong",
        terms(Set.of("FK", "AF"), notes, FROM, FROM.plusMonths(12).plusDays(1)));
  }

  @Test
  void aRepresentativeMustBeNamed() {
    ConsentTerms byGuardian =
        new ConsentTerms(
            Set.of("FK", "AF"),
            Set.of(InformationCategory.NOTES),
            ConsentPurpose.SIP,
            null,
            null,
            ConsentForm.WRITTEN,
            ConsentGiver.GUARDIAN,
            " ",
            FROM,
            UNTIL,
            null);

    assertRefused("consent.givenByName.required", byGuardian);
  }

  @Test
  void aSignedDocumentIsKeptOnceAndOnlyAsAPdfOrImageWithinTheLimit() {
    Consent consent =
        consent(terms(Set.of("FK", "AF"), Set.of(InformationCategory.NOTES), FROM, UNTIL));
    byte[] pdf = "%PDF-1.7 signed".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    assertEquals(
        "consent.document.type",
        assertThrows(
                InvalidConsentException.class,
                () -> consent.attachDocument("a.pdf", "<html>".getBytes(), 100, "anna", "FK", NOW))
            .messageKey());
    assertEquals(
        "consent.document.size",
        assertThrows(
                InvalidConsentException.class,
                () -> consent.attachDocument("a.pdf", pdf, 5, "anna", "FK", NOW))
            .messageKey());
    consent.attachDocument("../../etc/samtycke.pdf", pdf, 100, "anna", "FK", NOW);
    assertEquals("....etcsamtycke.pdf", consent.getDocumentFileName());
    assertEquals("application/pdf", consent.getDocumentContentType());
    assertThrows(
        InvalidConsentException.class,
        () -> consent.attachDocument("b.pdf", pdf, 100, "anna", "FK", NOW),
        "kept once");
  }

  @Test
  void aLiftedRestrictionForbidsNothingAndIsNeverPutBack() {
    Restriction restriction =
        new Restriction(7L, "AF", Set.of(InformationCategory.NOTES), "Önskan", "anna", "FK", NOW);
    assertTrue(restriction.forbids("AF", InformationCategory.NOTES));
    assertThrows(InvalidConsentException.class, () -> restriction.lift(" ", "anna", NOW));

    assertEquals(
        "restriction.agency.own",
        assertThrows(
                InvalidConsentException.class,
                () ->
                    new Restriction(
                        7L, "FK", Set.of(InformationCategory.NOTES), "Önskan", "anna", "FK", NOW))
            .messageKey(),
        "an authority always sees its own records, so restricting them means nothing");

    restriction.lift("Deltagaren ändrade sig", "anna", NOW);

    assertFalse(restriction.forbids("AF", InformationCategory.NOTES));
    assertThrows(InvalidConsentException.class, () -> restriction.lift("Igen", "anna", NOW));
  }

  @Test
  void aRuleAboutOneFieldNamesTheFieldAsTheRequestNamesIt() {
    ConsentTerms endsTooLate =
        terms(Set.of("FK", "AF"), Set.of(InformationCategory.NOTES), FROM, FROM.plusMonths(13));
    ConsentTerms longExclusions =
        new ConsentTerms(
            Set.of("FK", "AF"),
            Set.of(InformationCategory.NOTES),
            ConsentPurpose.SIP,
            null,
            "x".repeat(Consent.MAX_TEXT + 1),
            ConsentForm.WRITTEN,
            ConsentGiver.PARTICIPANT,
            null,
            FROM,
            UNTIL,
            null);
    Consent consent =
        consent(terms(Set.of("FK", "AF"), Set.of(InformationCategory.NOTES), FROM, UNTIL));

    assertEquals(
        Optional.of("validUntil"),
        assertThrows(InvalidConsentException.class, () -> consent(endsTooLate)).field());
    assertEquals(
        Optional.of("exclusions"),
        assertThrows(InvalidConsentException.class, () -> consent(longExclusions)).field());
    assertEquals(
        Optional.of("reason"),
        assertThrows(
                InvalidConsentException.class,
                () -> consent.decline("AF", " ", "bertil", NOW, FROM.plusDays(1)))
            .field());
    consent.withdraw("Ångrade sig", "anna", NOW);
    assertEquals(
        Optional.empty(),
        assertThrows(InvalidConsentException.class, () -> consent.withdraw("Igen", "anna", NOW))
            .field(),
        "a rule about the whole consent names no field");
  }

  private static void assertRefused(String messageKey, ConsentTerms terms) {
    InvalidConsentException refused =
        assertThrows(InvalidConsentException.class, () -> consent(terms));
    assertEquals(messageKey, refused.messageKey());
  }

  private static Consent consent(ConsentTerms terms) {
    return new Consent(7L, terms, "anna", "FK", YEAR, NOW);
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
        "Dnr 2026/123");
  }
}
