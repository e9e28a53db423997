package se.samsyn.consent;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A consent as the authorities it names see it, with its status today. */
public record ConsentView(
    long id,
    ConsentStatus status,
    Set<String> agencies,
    Set<InformationCategory> categories,
    ConsentPurpose purpose,
    String purposeText,
    String exclusions,
    ConsentForm form,
    ConsentGiver givenBy,
    String givenByName,
    LocalDate validFrom,
    LocalDate validUntil,
    String documentReference,
    String recordedBy,
    String recordedByAgency,
    Instant recordedAt,
    Instant withdrawnAt,
    String withdrawnBy,
    String withdrawalReason,
    String documentFileName,
    List<AuthorityAnswer> answers)
    implements Serializable {

  /** Where one named authority stands on the consent, and who answered for it when. */
  public record AuthorityAnswer(
      String agency,
      ConfirmationStatus status,
      String answeredBy,
      Instant answeredAt,
      ConfirmationBasis basis,
      String text)
      implements Serializable {}

  /** Where the authority stands, for pages that ask about one. */
  public ConfirmationStatus statusOf(String agency) {
    return answers.stream()
        .filter(answer -> answer.agency().equals(agency))
        .map(AuthorityAnswer::status)
        .findFirst()
        .orElse(null);
  }

  static ConsentView of(Consent consent, LocalDate today) {
    return new ConsentView(
        consent.getId(),
        consent.status(today),
        Set.copyOf(consent.getAgencies()),
        Set.copyOf(consent.getCategories()),
        consent.getPurpose(),
        consent.getPurposeText(),
        consent.getExclusions(),
        consent.getForm(),
        consent.getGivenBy(),
        consent.getGivenByName(),
        consent.getValidFrom(),
        consent.getValidUntil(),
        consent.getDocumentReference(),
        consent.getRecordedBy(),
        consent.getRecordedByAgency(),
        consent.getRecordedAt(),
        consent.getWithdrawnAt(),
        consent.getWithdrawnBy(),
        consent.getWithdrawalReason(),
        consent.getDocumentFileName(),
        consent.getAgencies().stream().sorted().map(agency -> answer(consent, agency)).toList());
  }

  private static AuthorityAnswer answer(Consent consent, String agency) {
    ConfirmationStatus status = consent.confirmationOf(agency);
    if (status == ConfirmationStatus.RECORDED) {
      return new AuthorityAnswer(
          agency, status, consent.getRecordedBy(), consent.getRecordedAt(), null, null);
    }
    return consent
        .latestAnswer(agency)
        .map(
            a ->
                new AuthorityAnswer(
                    agency, status, a.answeredBy(), a.answeredAt(), a.basis(), a.text()))
        .orElseGet(() -> new AuthorityAnswer(agency, status, null, null, null, null));
  }
}
