package se.samsyn.platform.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 naming each bad field, in the caller's language. */
@Provider
public class InvalidRequestExceptionMapper implements ExceptionMapper<InvalidRequestException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(InvalidRequestException exception) {
    return Problem.validation(Problem.locale(headers), exception.violations());
  }
}
