package se.samsyn.participant;

import java.time.LocalDate;

/** What a case worker enters to register a participant with their authority. */
public record ParticipantRegistration(
    PersonalIdentityNumber number,
    IdentityDetails identity,
    ContactDetails contact,
    long unitId,
    LocalDate startDate) {}
