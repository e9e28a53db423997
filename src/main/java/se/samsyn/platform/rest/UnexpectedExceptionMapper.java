package se.samsyn.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs an unexpected failure under an incident id and answers with that id only, so that no stack
 * trace or internal detail reaches a client.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

  private static final Logger LOGGER = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Exception exception) {
    String incident = UUID.randomUUID().toString();
    LOGGER.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
    return Problem.response(
        Response.Status.INTERNAL_SERVER_ERROR, "Unexpected failure, incident " + incident);
  }
}
