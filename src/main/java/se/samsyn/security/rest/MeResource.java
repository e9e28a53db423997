package se.samsyn.security.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.samsyn.security.AuthenticatedUser;
import se.samsyn.security.CurrentUser;
import se.samsyn.security.Role;

/** Who the caller is, as Samsyn understands the token. */
@Path("me")
@RolesAllowed({"case-worker", "coordinator", "auditor", "statistics", "admin"})
public class MeResource {

  @Inject private CurrentUser currentUser;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public MeDto me() {
    AuthenticatedUser user = currentUser.get().orElseThrow();
    return new MeDto(
        user.username(),
        user.name(),
        user.agency().map(Object::toString).orElse(null),
        user.roles().stream().sorted().map(Role::roleName).toList());
  }
}
