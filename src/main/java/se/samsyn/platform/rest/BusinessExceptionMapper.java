package se.samsyn.platform.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.samsyn.platform.BusinessException;
import se.samsyn.platform.ConcurrentEditException;

/**
 * A rule said no: 409 for a concurrent edit, 400 otherwise, with the rule's message in the caller's
 * language, so that clients can tell the user what to do. A rule about one field of the request
 * names it in {@code errors} as well, as a body the API cannot read does ({@link JsonBodyReader}).
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(BusinessException exception) {
    Response.Status status =
        exception instanceof ConcurrentEditException
            ? Response.Status.CONFLICT
            : Response.Status.BAD_REQUEST;
    String text =
        Problem.text(Problem.locale(headers), exception.messageKey(), exception.parameters());
    return exception
        .field()
        .filter(field -> status == Response.Status.BAD_REQUEST)
        .map(field -> Problem.fieldRule(field, text))
        .orElseGet(() -> Problem.response(status, text));
  }
}
