package se.samsyn.consent;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
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
    String documentFileName)
    implements Serializable {

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
        consent.getDocumentFileName());
  }
}
