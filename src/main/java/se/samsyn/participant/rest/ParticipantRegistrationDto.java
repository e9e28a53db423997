package se.samsyn.participant.rest;

import java.time.LocalDate;
import se.samsyn.participant.ContactDetails;
import se.samsyn.participant.Sex;

public record ParticipantRegistrationDto(
    String personalIdentityNumber,
    String firstName,
    String lastName,
    Sex sex,
    String preferredLanguage,
    boolean interpreterNeeded,
    boolean protectedIdentity,
    ContactDetails contact,
    Long unitId,
    LocalDate startDate) {}
