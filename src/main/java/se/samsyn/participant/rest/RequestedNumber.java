package se.samsyn.participant.rest;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import se.samsyn.participant.PersonalIdentityNumber;
import se.samsyn.platform.rest.Problem;

/** A personal identity number as a request body gives it, read on today's Swedish date. */
final class RequestedNumber {

  private RequestedNumber() {}

  static PersonalIdentityNumber.Parsed parse(String text) {
    return PersonalIdentityNumber.parse(
        text == null ? "" : text, LocalDate.now(ZoneId.of("Europe/Stockholm")));
  }

  /** The 400 that names the field and why the number was not accepted. */
  static Response invalid(PersonalIdentityNumber.Parsed parsed) {
    return Problem.validation(
        "personalIdentityNumber", "participant.pin.invalid." + parsed.reason().orElseThrow());
  }
}
