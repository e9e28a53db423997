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
import se.samsyn.consent.ConsentService;
import se.samsyn.platform.rest.Problem;
import se.samsyn.security.CurrentUser;

/**
 * Withdrawing a consent: takes effect at once; 404 for a consent not naming the caller's authority.
 */
@Path("consents/{id}/withdrawal")
@RolesAllowed({"case-worker", "coordinator"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentWithdrawalsResource {

  @Inject private ConsentService consentService;
  @Inject private CurrentUser currentUser;

  @POST
  public Response withdraw(@PathParam("id") long id, @Valid @NotNull ReasonDto withdrawal) {
    boolean withdrawn = consentService.withdraw(currentUser.actor(), id, withdrawal.reason());
    return withdrawn
        ? Response.noContent().build()
        : Problem.response(Response.Status.NOT_FOUND, "No such consent");
  }
}
