package se.samsyn.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns JAX-RS errors (404, 405, 415, ...) into problem responses. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response.StatusType status = exception.getResponse().getStatusInfo();
    return Problem.response(status.getStatusCode(), status.getReasonPhrase(), null);
  }
}
