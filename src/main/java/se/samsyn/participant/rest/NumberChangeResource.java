package se.samsyn.participant.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.samsyn.participant.InvalidNumberException;
import se.samsyn.participant.ParticipantIdentityService;
import se.samsyn.platform.rest.InvalidRequestException;
import se.samsyn.platform.rest.Problem;
import se.samsyn.security.CurrentUser;

/**
 * A participant's new personal identity number. Only an authority with an open case records it; for
 * anyone else the answer is 404, as for a participant that does not exist, whatever the body.
 */
@Path("participants/{reference}/number-change")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NumberChangeResource {

  @Inject private ParticipantIdentityService identityService;
  @Inject private CurrentUser currentUser;

  /** The person has a new number; the reference and everything recorded stay. */
  @POST
  @RolesAllowed({"case-worker", "coordinator"})
  public Response changeNumber(
      @PathParam("reference") String reference, @Valid @NotNull NumberChangeDto change) {
    try {
      return identityService.changeNumber(
              currentUser.actor(), reference, change.newNumber(), change.reason())
          ? Response.noContent().build()
          : notFound();
    } catch (InvalidNumberException e) {
      throw InvalidRequestException.of("newNumber", e.messageKey());
    }
  }

  private static Response notFound() {
    return Problem.response(Response.Status.NOT_FOUND, "No such participant");
  }
}
