package se.samsyn.participant.rest;

import java.time.LocalDate;
import java.util.List;
import se.samsyn.participant.AuthorityIdentity;
import se.samsyn.participant.ContactDetails;
import se.samsyn.participant.EngagementView;
import se.samsyn.participant.IdentityDetails;
import se.samsyn.participant.ParticipantDetails;
import se.samsyn.participant.Sex;

/**
 * A participant as the caller's authority may see them; the number masked. The name is the own
 * authority's (else one disclosed); sex, language and interpreter need are the own authority's
 * record (absent if it has none); {@code otherAuthorities} are the identity records of other
 * authorities a consent disclosed, each labelled with its authority. {@code version} is the own
 * identity record's, {@code contactVersion} the own contact details' (also the response's ETag).
 */
public record ParticipantDto(
    String reference,
    String maskedNumber,
    String firstName,
    String lastName,
    LocalDate birthDate,
    int age,
    Sex sex,
    String preferredLanguage,
    Boolean interpreterNeeded,
    boolean protectedIdentity,
    boolean protectedIdentitySetByOwnAuthority,
    List<AuthorityIdentity> otherAuthorities,
    ContactDetails contact,
    List<EngagementView> engagements,
    long version,
    long contactVersion) {

  static ParticipantDto of(ParticipantDetails details) {
    IdentityDetails own = details.identity();
    return new ParticipantDto(
        details.reference(),
        details.maskedNumber(),
        details.firstName(),
        details.lastName(),
        details.birthDate(),
        details.age(),
        own == null ? null : own.sex(),
        own == null ? null : own.preferredLanguage(),
        own == null ? null : own.interpreterNeeded(),
        details.protectedIdentity(),
        details.protectedByOwnAuthority(),
        details.otherIdentities(),
        details.contact(),
        details.engagements(),
        details.version(),
        details.contactVersion());
  }
}
