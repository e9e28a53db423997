package se.samsyn.participant.rest;

import java.time.LocalDate;
import java.time.ZoneId;
import se.samsyn.participant.PersonalIdentityNumber;
import se.samsyn.platform.rest.InvalidRequestException;

/** A personal identity number as a request body gives it, read on today's Swedish date. */
final class RequestedNumber {

  private RequestedNumber() {}

  static PersonalIdentityNumber.Parsed parse(String text) {
    return PersonalIdentityNumber.parse(
        text == null ? "" : text, LocalDate.now(ZoneId.of("Europe/Stockholm")));
  }

  /** A 400 that names the field and why the number was not accepted, unless it was. */
  static void requireValid(PersonalIdentityNumber.Parsed parsed) {
    parsed
        .reason()
        .ifPresent(
            reason -> {
              throw InvalidRequestException.of(
                  "personalIdentityNumber", "participant.pin.invalid." + reason);
            });
  }
}
