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
import se.samsyn.participant.ParticipantIdentityService;
import se.samsyn.platform.rest.Problem;
import se.samsyn.security.CurrentUser;

/**
 * Joins a duplicate participant to this one (the same person registered twice). Only an authority
 * with an open case with both does it; for anyone else the answer is 404, as for a participant that
 * does not exist, whichever of the two it cannot reach.
 */
@Path("participants/{reference}/merger")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MergerResource {

  @Inject private ParticipantIdentityService identityService;
  @Inject private CurrentUser currentUser;

  /** The duplicate named in the body becomes part of the participant named in the path. */
  @POST
  @RolesAllowed({"case-worker", "coordinator"})
  public Response merge(
      @PathParam("reference") String reference, @Valid @NotNull MergerDto merger) {
    return identityService.merge(
            currentUser.actor(), reference, merger.duplicateReference(), merger.reason())
        ? Response.noContent().build()
        : Problem.response(Response.Status.NOT_FOUND, "No such participant");
  }

  /** The participant to join to the one in the path, and why they are one person. */
  public record MergerDto(String duplicateReference, String reason) {}
}
