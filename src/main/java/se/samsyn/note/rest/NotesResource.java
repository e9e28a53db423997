package se.samsyn.note.rest;

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
import se.samsyn.note.NoteDraft;
import se.samsyn.note.NoteService;
import se.samsyn.platform.rest.CreatedId;
import se.samsyn.platform.rest.Problem;
import se.samsyn.security.CurrentUser;

/** Notes on a participant; 404 unless the caller's authority is engaged with them. */
@Path("participants/{reference}/notes")
@RolesAllowed({"case-worker", "coordinator"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotesResource {

  @Inject private NoteService noteService;
  @Inject private CurrentUser currentUser;

  @POST
  public Response write(@PathParam("reference") String reference, @Valid @NotNull NoteDraft draft) {
    return noteService
        .write(currentUser.actor(), reference, draft)
        .map(id -> Response.status(Response.Status.CREATED).entity(new CreatedId(id)).build())
        .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "No such participant"));
  }
}
