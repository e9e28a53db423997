package se.samsyn.participant.rest;

import java.time.LocalDate;
import java.util.List;
import se.samsyn.participant.ContactDetails;
import se.samsyn.participant.EngagementView;
import se.samsyn.participant.ParticipantDetails;
import se.samsyn.participant.Sex;

/** A participant as the caller's authority may see them; the number masked. */
public record ParticipantDto(
    String reference,
    String maskedNumber,
    String firstName,
    String lastName,
    LocalDate birthDate,
    int age,
    Sex sex,
    String preferredLanguage,
    boolean interpreterNeeded,
    boolean protectedIdentity,
    ContactDetails contact,
    List<EngagementView> engagements,
    long version) {

  static ParticipantDto of(ParticipantDetails details) {
    return new ParticipantDto(
        details.reference(),
        details.maskedNumber(),
        details.firstName(),
        details.lastName(),
        details.birthDate(),
        details.age(),
        details.identity().sex(),
        details.identity().preferredLanguage(),
        details.identity().interpreterNeeded(),
        details.identity().protectedIdentity(),
        details.contact(),
        details.engagements(),
        details.version());
  }
}
