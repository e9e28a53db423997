package se.samsyn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The policy itself; that every response carries it is SecurityHeadersIT's part. */
class SecurityHeadersTest {

  private final SecurityHeaders headers = new SecurityHeaders();

  {
    headers.baseUrl = "https://samsyn.example.se";
    headers.providerUri = "https://login.example.se:8443/realms/samsyn";
  }

  @Test
  void scriptsComeOnlyFromTheApplicationOrCarryTheNonce() {
    String policy = headers.policy("bm9uY2U=");

    assertTrue(policy.endsWith("script-src 'self' 'nonce-bm9uY2U='"), policy);
    assertFalse(policy.contains("unsafe-eval"), policy);
    assertEquals(1, policy.split("unsafe-inline", -1).length - 1, "only for styles: " + policy);
    assertTrue(policy.contains("style-src 'self' 'unsafe-inline'"), policy);
  }

  @Test
  void framingIsRefusedAndFormsPostOnlyToTheApplicationAndTheIdentityProvider() {
    String policy = headers.policy(null);

    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertTrue(policy.contains("form-action 'self' https://login.example.se:8443;"), policy);
    assertTrue(policy.endsWith("script-src 'self'"), policy);
  }
}
