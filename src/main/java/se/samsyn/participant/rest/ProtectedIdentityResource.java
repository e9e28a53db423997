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
 * The protected-identity marker, a safety marker every authority engaged with the person sees. Only
 * an authority with an open case sets or lifts it; for anyone else the answer is 404, as for a
 * participant that does not exist.
 */
@Path("participants/{reference}/protected-identity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProtectedIdentityResource {

  @Inject private ParticipantIdentityService identityService;
  @Inject private CurrentUser currentUser;

  /** Marks the identity protected for every authority engaged with the person. */
  @POST
  @RolesAllowed({"case-worker", "coordinator"})
  public Response protectIdentity(@PathParam("reference") String reference) {
    return identityService.protectIdentity(currentUser.actor(), reference)
        ? Response.noContent().build()
        : notFound();
  }

  /** Lifts the marker: only the authority that set it, with a reason. */
  @POST
  @Path("lifting")
  @RolesAllowed({"case-worker", "coordinator"})
  public Response liftProtection(
      @PathParam("reference") String reference, @Valid @NotNull LiftingDto lifting) {
    return identityService.liftProtection(currentUser.actor(), reference, lifting.reason())
        ? Response.noContent().build()
        : notFound();
  }

  private static Response notFound() {
    return Problem.response(Response.Status.NOT_FOUND, "No such participant");
  }
}
