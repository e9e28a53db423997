package se.samsyn.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import se.samsyn.consent.InformationCategory;
import se.samsyn.consent.RestrictionService;
import se.samsyn.platform.rest.CreatedId;
import se.samsyn.platform.rest.Problem;
import se.samsyn.security.CurrentUser;

/** Restrictions (spärr) of a participant; 404 unless the caller's authority is engaged. */
@Path("participants/{reference}/restrictions")
@RolesAllowed({"case-worker", "coordinator"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RestrictionsResource {

  @Inject private RestrictionService restrictionService;
  @Inject private CurrentUser currentUser;

  @POST
  public Response restrict(
      @PathParam("reference") String reference, @Valid @NotNull RestrictionDto restriction) {
    return restrictionService
        .restrict(
            currentUser.actor(),
            reference,
            restriction.agency(),
            restriction.categories(),
            restriction.reason())
        .map(id -> Response.status(Response.Status.CREATED).entity(new CreatedId(id)).build())
        .orElseGet(RestrictionsResource::notFound);
  }

  @GET
  public Response restrictions(@PathParam("reference") String reference) {
    return restrictionService
        .restrictions(currentUser.actor(), reference)
        .map(list -> Response.ok(list).build())
        .orElseGet(RestrictionsResource::notFound);
  }

  private static Response notFound() {
    return Problem.response(Response.Status.NOT_FOUND, "No such participant");
  }

  public record RestrictionDto(String agency, Set<InformationCategory> categories, String reason) {}
}
