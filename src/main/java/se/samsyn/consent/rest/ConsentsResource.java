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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import se.samsyn.consent.ConsentService;
import se.samsyn.consent.ConsentTerms;
import se.samsyn.platform.rest.CreatedId;
import se.samsyn.platform.rest.Problem;
import se.samsyn.security.CurrentUser;

/** Consents of a participant; 404 whenever the caller's authority may not see them. */
@Path("participants/{reference}/consents")
@RolesAllowed({"case-worker", "coordinator"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentsResource {

  @Inject private ConsentService consentService;
  @Inject private CurrentUser currentUser;
  @Context private UriInfo uriInfo;

  @POST
  public Response record(
      @PathParam("reference") String reference, @Valid @NotNull ConsentTerms terms) {
    return consentService
        .record(currentUser.actor(), reference, terms)
        .map(
            id ->
                Response.created(
                        uriInfo.getBaseUriBuilder().path("consents").path(id.toString()).build())
                    .entity(new CreatedId(id))
                    .build())
        .orElseGet(ConsentsResource::notFound);
  }

  @GET
  public Response consents(@PathParam("reference") String reference) {
    return consentService
        .consents(currentUser.actor(), reference)
        .map(list -> Response.ok(list).build())
        .orElseGet(ConsentsResource::notFound);
  }

  private static Response notFound() {
    return Problem.response(Response.Status.NOT_FOUND, "No such participant or consent");
  }
}
