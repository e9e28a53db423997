package se.samsyn.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignInTest {

  @Test
  void aPageOfTheApplicationIsReturnedToAfterLogin() {
    assertEquals(
        "/participant/view.xhtml?ref=P-12",
        PendingSignIn.create("/participant/view.xhtml?ref=P-12").returnPath());
  }

  @ParameterizedTest
  @ValueSource(strings = {"//evil.example/", "/\\evil.example", "https://evil.example/", "", "x"})
  void noAddressCanSendTheUserElsewhereAfterLogin(String returnPath) {
    assertEquals("/", PendingSignIn.create(returnPath).returnPath());
  }

  @Test
  void aHeaderSplitIsNoReturnPath() {
    assertEquals("/", PendingSignIn.create("/a\r\nSet-Cookie: x=y").returnPath());
  }

  @Test
  void everyLoginHasItsOwnStateNonceAndVerifier() {
    PendingSignIn first = PendingSignIn.create("/");
    PendingSignIn second = PendingSignIn.create("/");

    assertNotEquals(first.state(), second.state());
    assertNotEquals(first.nonce(), second.nonce());
    assertNotEquals(first.codeVerifier(), second.codeVerifier());
  }

  @Test
  void theTokensNeverShowInALog() {
    SignIn signIn =
        new SignIn(
            new AccessTokenClaims(
                "sub", "anna", "Anna", null, "FK", java.util.List.of(), java.time.Instant.EPOCH),
            "sid",
            "refresh-secret",
            "id-secret");

    assertEquals(false, signIn.toString().contains("secret"), signIn.toString());
  }
}
