package se.samsyn.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * A browser's login, as its session keeps it: who the access token says the user is, and what the
 * application needs to renew that from the identity provider (the refresh token), to end the
 * provider's session at logout (the ID token) and to recognise a back-channel logout (the
 * provider's session id). The application's own, serializable state: a session that another node
 * takes over keeps its login, where the container's OpenID Connect context would be lost.
 */
public record SignIn(
    AccessTokenClaims claims, String providerSessionId, String refreshToken, String idToken)
    implements Serializable {

  /**
   * Once the access token has expired, the user's roles, authority and very account are checked
   * again with the identity provider before the next request is served.
   */
  public boolean needsRenewal(Instant now) {
    return !now.isBefore(claims.expiry());
  }

  public AuthenticatedUser user() {
    return claims.user();
  }

  /** Never the tokens: a session attribute may end up in a log. */
  @Override
  public String toString() {
    return "SignIn[" + claims.username() + ", until " + claims.expiry() + "]";
  }
}
