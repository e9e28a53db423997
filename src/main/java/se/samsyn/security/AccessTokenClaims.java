package se.samsyn.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What a verified access token says about its bearer, and until when. Kept in a browser's session
 * between renewals, so it is serializable: a session replicated to another node keeps its login.
 */
public record AccessTokenClaims(
    String subject,
    String username,
    String name,
    String email,
    String agency,
    List<String> groups,
    Instant expiry)
    implements Serializable {

  public AccessTokenClaims {
    groups = List.copyOf(groups);
  }

  public AuthenticatedUser user() {
    return AuthenticatedUser.fromClaims(subject, username, name, email, agency, groups);
  }
}
