package se.samsyn.consent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/** What a participant consented to, as the case worker records it. */
public record ConsentTerms(
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
    String documentReference)
    implements Serializable {}
