package se.samsyn.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Verifies bearer tokens of the REST API against the same identity provider as the browser login.
 * While the provider's keys cannot be read, every token is refused.
 */
@ApplicationScoped
public class BearerTokenAuthenticator {

  @Inject private IdentityProvider provider;

  public Optional<AuthenticatedUser> authenticate(String token) {
    try {
      return provider.accessTokens().verify(token).map(AccessTokenClaims::user);
    } catch (IdentityProviderUnavailableException e) {
      return Optional.empty();
    }
  }
}
