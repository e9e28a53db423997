package se.samsyn.organisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.samsyn.organisation.OrganisationService;
import se.samsyn.security.AuthenticatedUser;
import se.samsyn.security.CurrentUser;

/** The units of the caller's own authority, to choose from when opening a case. */
@Path("units")
@RolesAllowed({"case-worker", "coordinator"})
public class UnitsResource {

  @Inject private OrganisationService organisationService;
  @Inject private CurrentUser currentUser;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<UnitDto> units() {
    return currentUser
        .get()
        .flatMap(AuthenticatedUser::agency)
        .flatMap(organisationService::agency)
        .map(
            agency ->
                agency.getUnits().stream().map(u -> new UnitDto(u.getId(), u.getName())).toList())
        .orElse(List.of());
  }

  public record UnitDto(long id, String name) {}
}
