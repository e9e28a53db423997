package se.samsyn.consent.rest;

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
import se.samsyn.consent.RestrictionService;
import se.samsyn.platform.rest.Problem;
import se.samsyn.security.CurrentUser;

/**
 * Lifting a restriction (spärr) on the participant's word: takes effect at once; 404 unless the
 * caller's authority is engaged with the participant.
 */
@Path("restrictions/{id}/lifting")
@RolesAllowed({"case-worker", "coordinator"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RestrictionLiftingResource {

  @Inject private RestrictionService restrictionService;
  @Inject private CurrentUser currentUser;

  @POST
  public Response lift(@PathParam("id") long id, @Valid @NotNull ReasonDto lifting) {
    boolean lifted = restrictionService.lift(currentUser.actor(), id, lifting.reason());
    return lifted
        ? Response.noContent().build()
        : Problem.response(Response.Status.NOT_FOUND, "No such restriction");
  }
}
