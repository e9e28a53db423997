package se.samsyn.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns JAX-RS errors (401, 404, 405, 415, ...) into problem responses. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response.StatusType status = exception.getResponse().getStatusInfo();
    Response problem = Problem.response(status.getStatusCode(), status.getReasonPhrase(), null);
    if (status.getStatusCode() != Response.Status.UNAUTHORIZED.getStatusCode()) {
      return problem;
    }
    // A 401 must tell the client how to authenticate (RFC 9110, RFC 6750).
    return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
  }
}
