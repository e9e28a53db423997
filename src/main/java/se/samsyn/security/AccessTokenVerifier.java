package se.samsyn.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a bearer access token from the identity provider: signature against the provider's keys,
 * issuer, audience, expiry, and that it is an access token at all. Keycloak signs its ID tokens
 * with the same keys and for the same realm, so without the type ({@code typ} "Bearer" for access
 * tokens, "ID" for ID tokens) an ID token that names this client as its audience would pass. The
 * authorised party ({@code azp}, the client the token was issued to) must be named. Anything it
 * cannot verify is rejected.
 */
public class AccessTokenVerifier {

  private static final Logger LOGGER = Logger.getLogger(AccessTokenVerifier.class.getName());

  /** Keycloak's {@code typ} claim of an access token. */
  static final String ACCESS_TOKEN_TYPE = "Bearer";

  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

  public AccessTokenVerifier(JWKSource<SecurityContext> keys, String issuer, String audience) {
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256), keys));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            audience,
            new JWTClaimsSet.Builder().issuer(issuer).claim("typ", ACCESS_TOKEN_TYPE).build(),
            Set.of("sub", "exp", "iat", "azp", "preferred_username")));
  }

  public Optional<AccessTokenClaims> verify(String token) {
    try {
      JWTClaimsSet claims = processor.process(token, null);
      List<String> groups = claims.getStringListClaim("groups");
      return Optional.of(
          new AccessTokenClaims(
              claims.getSubject(),
              claims.getStringClaim("preferred_username"),
              claims.getStringClaim("name"),
              claims.getStringClaim("email"),
              claims.getStringClaim("agency"),
              groups == null ? List.of() : groups,
              claims.getExpirationTime().toInstant()));
    } catch (ParseException | BadJOSEException | JOSEException e) {
      LOGGER.log(Level.FINE, "Bearer token rejected", e);
      return Optional.empty();
    }
  }
}
