package se.samsyn.participant.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.samsyn.consent.EmergencyAccessService;
import se.samsyn.participant.ParticipantService;
import se.samsyn.participant.PersonalIdentityNumber;
import se.samsyn.platform.rest.Problem;
import se.samsyn.security.CurrentUser;

/**
 * Emergency access (nödåtkomst) to one participant, by personal identity number and with a reason;
 * 403 while configuration has it switched off.
 */
@Path("emergency-access")
@RolesAllowed({"case-worker", "coordinator"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmergencyAccessResource {

  @Inject private ParticipantService participantService;
  @Inject private EmergencyAccessService emergencyAccessService;
  @Inject private CurrentUser currentUser;

  @POST
  public Response open(EmergencyAccessRequestDto request) {
    if (!emergencyAccessService.isEnabled()) {
      return Problem.response(Response.Status.FORBIDDEN, "Emergency access is not enabled");
    }
    EmergencyAccessRequestDto body =
        request == null ? new EmergencyAccessRequestDto(null, null) : request;
    PersonalIdentityNumber.Parsed parsed = RequestedNumber.parse(body.personalIdentityNumber());
    if (parsed.number().isEmpty()) {
      return RequestedNumber.invalid(parsed);
    }
    return participantService
        .openEmergencyAccess(currentUser.actor(), parsed.number().get(), body.reason())
        .map(
            reference ->
                Response.status(Response.Status.CREATED)
                    .entity(new ReferenceDto(reference))
                    .build())
        .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "No such participant"));
  }

  public record EmergencyAccessRequestDto(String personalIdentityNumber, String reason) {}
}
