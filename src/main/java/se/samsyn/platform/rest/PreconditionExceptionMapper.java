package se.samsyn.platform.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.samsyn.platform.rest.EditedVersion.PreconditionException;

/** 412 / 428 for an edit without the version it edits, in the caller's language. */
@Provider
public class PreconditionExceptionMapper implements ExceptionMapper<PreconditionException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(PreconditionException exception) {
    int status = exception.status();
    return Problem.response(
        status,
        status == 412 ? "Precondition Failed" : "Precondition Required",
        Problem.text(Problem.locale(headers), exception.messageKey()));
  }
}
