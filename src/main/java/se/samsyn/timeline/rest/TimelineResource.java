package se.samsyn.timeline.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.samsyn.platform.rest.Problem;
import se.samsyn.security.CurrentUser;
import se.samsyn.timeline.TimelineService;

/**
 * A participant's timeline as the caller may see it, with the number of records of other
 * authorities that need a consent; 404 if the caller may not see the participant.
 */
@Path("participants/{reference}/timeline")
@RolesAllowed({"case-worker", "coordinator"})
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

  @Inject private TimelineService timelineService;
  @Inject private CurrentUser currentUser;

  @GET
  public Response timeline(@PathParam("reference") String reference) {
    return timelineService
        .timeline(currentUser.actor(), reference)
        .map(timeline -> Response.ok(TimelineDto.of(timeline)).build())
        .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "No such participant"));
  }
}
