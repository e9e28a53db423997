package se.samsyn.participant.rest;

import jakarta.validation.Valid;
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
    @Valid ContactDetails contact,
    Long unitId,
    LocalDate startDate) {}
