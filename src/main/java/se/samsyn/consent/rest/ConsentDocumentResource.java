package se.samsyn.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samsyn.consent.ConsentService;
import se.samsyn.platform.rest.Problem;
import se.samsyn.security.CurrentUser;

/**
 * The signed document of a consent (PDF, PNG or JPEG). The file name travels in a
 * Content-Disposition header, never in the URL. 404 for a consent not naming the caller's
 * authority.
 */
@Path("consents/{id}/document")
@RolesAllowed({"case-worker", "coordinator"})
public class ConsentDocumentResource {

  private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

  @Inject private ConsentService consentService;
  @Inject private CurrentUser currentUser;

  @PUT
  @Consumes(MediaType.WILDCARD)
  public Response attach(
      @PathParam("id") long id,
      @HeaderParam("Content-Disposition") String disposition,
      InputStream body)
      throws IOException {
    byte[] content =
        body.readNBytes(
            (int) Math.min(Integer.MAX_VALUE - 1, consentService.documentMaximumBytes() + 1));
    boolean attached =
        consentService.attachDocument(currentUser.actor(), id, fileName(disposition), content);
    return attached ? Response.noContent().build() : notFound();
  }

  @GET
  public Response document(@PathParam("id") long id) {
    return consentService
        .document(currentUser.actor(), id)
        .map(
            document ->
                Response.ok(document.content(), document.contentType())
                    .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + document.fileName().replace("\"", "") + "\"")
                    .build())
        .orElseGet(ConsentDocumentResource::notFound);
  }

  private static String fileName(String disposition) {
    if (disposition == null) {
      return null;
    }
    Matcher matcher = FILE_NAME.matcher(disposition);
    return matcher.find() ? matcher.group(1) : null;
  }

  private static Response notFound() {
    return Problem.response(Response.Status.NOT_FOUND, "No such consent");
  }
}
