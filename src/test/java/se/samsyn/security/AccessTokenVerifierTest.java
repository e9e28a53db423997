package se.samsyn.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samsyn.organisation.AgencyCode;

/** Real signatures with keys made here: the verifier trusts only the provider's keys. */
class AccessTokenVerifierTest {

  private static final String ISSUER = "http://localhost:8180/realms/samsyn";
  private static final String AUDIENCE = "samsyn-web";

  private static RSAKey providerKey;
  private static RSAKey otherKey;
  private static AccessTokenVerifier verifier;

  @BeforeAll
  static void keys() throws JOSEException {
    providerKey = new RSAKeyGenerator(2048).keyID("provider").generate();
    otherKey = new RSAKeyGenerator(2048).keyID("provider").generate();
    verifier =
        new AccessTokenVerifier(
            new ImmutableJWKSet<>(new JWKSet(providerKey.toPublicJWK())), ISSUER, AUDIENCE);
  }

  @Test
  void aValidTokenGivesTheUserWithAuthorityAndKnownRoles() throws JOSEException {
    Optional<AuthenticatedUser> user =
        verifier.verify(token(providerKey, claims().build())).map(AccessTokenClaims::user);

    assertTrue(user.isPresent());
    assertEquals("anna", user.get().username());
    assertEquals("Anna Andersson", user.get().name());
    assertEquals(Optional.of(AgencyCode.of("KOMMUN-0181")), user.get().agency());
    assertEquals(Set.of(Role.CASE_WORKER, Role.COORDINATOR), user.get().roles());
  }

  @Test
  void aTokenSignedByAnotherKeyIsRefused() throws JOSEException {
    assertTrue(verifier.verify(token(otherKey, claims().build())).isEmpty());
  }

  @Test
  void anExpiredTokenIsRefused() throws JOSEException {
    Date hourAgo = Date.from(Instant.now().minusSeconds(3600));
    assertTrue(
        verifier.verify(token(providerKey, claims().expirationTime(hourAgo).build())).isEmpty());
  }

  @Test
  void aTokenOfAnotherIssuerIsRefused() throws JOSEException {
    JWTClaimsSet foreign = claims().issuer("http://localhost:8180/realms/other").build();
    assertTrue(verifier.verify(token(providerKey, foreign)).isEmpty());
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() throws JOSEException {
    assertTrue(verifier.verify(token(providerKey, claims().audience("account").build())).isEmpty());
  }

  @Test
  void anIdTokenForThisClientIsRefused() throws JOSEException {
    JWTClaimsSet idToken = claims().claim("typ", "ID").audience(AUDIENCE).build();
    assertTrue(verifier.verify(token(providerKey, idToken)).isEmpty());
  }

  @Test
  void aTokenWithoutTypeIsRefused() throws JOSEException {
    assertTrue(verifier.verify(token(providerKey, claims().claim("typ", null).build())).isEmpty());
  }

  @Test
  void aTokenWithoutAuthorisedPartyIsRefused() throws JOSEException {
    assertTrue(verifier.verify(token(providerKey, claims().claim("azp", null).build())).isEmpty());
  }

  @Test
  void garbageIsRefused() {
    assertTrue(verifier.verify("not.a.token").isEmpty());
  }

  @Test
  void anInvalidAuthorityClaimLeavesTheUserWithoutAuthority() throws JOSEException {
    Optional<AuthenticatedUser> user =
        verifier
            .verify(token(providerKey, claims().claim("agency", "KOMMUN-1").build()))
            .map(AccessTokenClaims::user);

    assertTrue(user.isPresent());
    assertTrue(user.get().agency().isEmpty());
  }

  private static JWTClaimsSet.Builder claims() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(List.of(AUDIENCE, "account"))
        .subject("3f1c0d1e-sub")
        .claim("typ", "Bearer")
        .claim("azp", "samsyn-cli")
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .claim("preferred_username", "anna")
        .claim("name", "Anna Andersson")
        .claim("agency", "KOMMUN-0181")
        .claim(
            "groups",
            List.of("case-worker", "coordinator", "offline_access", "default-roles-samsyn"));
  }

  private static String token(RSAKey key, JWTClaimsSet claims) throws JOSEException {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }
}
