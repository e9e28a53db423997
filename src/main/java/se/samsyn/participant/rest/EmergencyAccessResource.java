package se.samsyn.participant.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import se.samsyn.consent.EmergencyAccessService;
import se.samsyn.participant.ParticipantService;
import se.samsyn.participant.PersonalIdentityNumber;
import se.samsyn.platform.rest.Problem;
import se.samsyn.security.CurrentUser;

/**
 * Emergency access (nödåtkomst) to one participant, by personal identity number and with a reason;
 * 403 while configuration has it switched off. Opening answers a registered and an unknown person
 * with the same 202 and the same body, so it cannot be used to learn who is registered; the people
 * the caller may then read are listed by GET, through the disclosure gate.
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
  public Response open(@Valid @NotNull EmergencyAccessRequestDto request) {
    if (!emergencyAccessService.isEnabled()) {
      return Problem.response(Response.Status.FORBIDDEN, "Emergency access is not enabled");
    }
    PersonalIdentityNumber.Parsed parsed = RequestedNumber.parse(request.personalIdentityNumber());
    RequestedNumber.requireValid(parsed);
    participantService.openEmergencyAccess(
        currentUser.actor(), parsed.number().get(), request.reason());
    return Response.accepted(REQUESTED).build();
  }

  /** The people the caller may read under their own emergency access now. */
  @GET
  public List<OpenEmergencyAccessDto> opened() {
    return emergencyAccessService.openedBy(currentUser.actor()).stream()
        .map(
            access -> new OpenEmergencyAccessDto(access.participantReference(), access.expiresAt()))
        .toList();
  }

  public record EmergencyAccessRequestDto(String personalIdentityNumber, String reason) {}

  public record EmergencyAccessRequestedDto(String detail) {}

  public record OpenEmergencyAccessDto(String reference, Instant expiresAt) {}

  private static final EmergencyAccessRequestedDto REQUESTED =
      new EmergencyAccessRequestedDto(
          "If the person is registered, your emergency access to them is open:"
              + " GET /api/emergency-access lists the people you may now read.");
}
