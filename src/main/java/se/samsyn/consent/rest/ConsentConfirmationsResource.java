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
import java.util.Arrays;
import se.samsyn.consent.ConfirmationBasis;
import se.samsyn.consent.ConsentService;
import se.samsyn.platform.rest.Problem;
import se.samsyn.security.CurrentUser;

/**
 * A named authority's answer to a consent another authority recorded: confirmation (its records
 * flow from now on), decline, or revocation of its confirmation. 404 for a consent not naming the
 * caller's authority; 400 saying why when the answer cannot be given.
 */
@Path("consents/{id}")
@RolesAllowed({"case-worker", "coordinator"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentConfirmationsResource {

  @Inject private ConsentService consentService;
  @Inject private CurrentUser currentUser;

  @POST
  @Path("confirmation")
  public Response confirm(@PathParam("id") long id, @Valid @NotNull ConfirmationDto confirmation) {
    ConfirmationBasis basis =
        Arrays.stream(ConfirmationBasis.values())
            .filter(b -> b.name().equals(confirmation.basis()))
            .findFirst()
            .orElse(null);
    return answered(consentService.confirm(currentUser.actor(), id, basis, confirmation.text()));
  }

  @POST
  @Path("decline")
  public Response decline(@PathParam("id") long id, @Valid @NotNull ReasonDto decline) {
    return answered(consentService.decline(currentUser.actor(), id, decline.reason()));
  }

  @POST
  @Path("confirmation/revocation")
  public Response revoke(@PathParam("id") long id, @Valid @NotNull ReasonDto revocation) {
    return answered(
        consentService.revokeConfirmation(currentUser.actor(), id, revocation.reason()));
  }

  private static Response answered(boolean answered) {
    return answered
        ? Response.noContent().build()
        : Problem.response(Response.Status.NOT_FOUND, "No such consent");
  }
}
