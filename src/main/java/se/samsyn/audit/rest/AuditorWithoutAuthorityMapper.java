package se.samsyn.audit.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.samsyn.audit.AuditorWithoutAuthorityException;
import se.samsyn.platform.rest.Problem;

/**
 * 403, not the 400 of other business rules: the request is fine, the caller may not make it until
 * their account names an authority.
 */
@Provider
public class AuditorWithoutAuthorityMapper
    implements ExceptionMapper<AuditorWithoutAuthorityException> {

  @Override
  public Response toResponse(AuditorWithoutAuthorityException exception) {
    return Problem.response(
        Response.Status.FORBIDDEN,
        "Your account has no authority, so it may see no part of the access log.");
  }
}
