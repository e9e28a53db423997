package se.samsyn.platform.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import se.samsyn.platform.DatabaseHealth;

/** Readiness for load balancers and container health checks; needs no login. */
@Path("health")
@PermitAll
public class HealthResource {

  @Inject private DatabaseHealth database;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response health() {
    boolean databaseUp = database.isUp();
    String status = databaseUp ? "UP" : "DOWN";
    HealthDto health = new HealthDto(status, Map.of("database", status));
    return Response.status(databaseUp ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(health)
        .build();
  }

  public record HealthDto(String status, Map<String, String> checks) {}
}
