package se.samsyn.security;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.io.Serializable;

/**
 * A login the application has sent to the identity provider and waits to come back: the values that
 * tie the provider's answer to this browser (state), the ID token to this login (nonce) and the
 * authorization code to this request (PKCE verifier), and the page to return to.
 */
public record PendingSignIn(String state, String nonce, String codeVerifier, String returnPath)
    implements Serializable {

  /**
   * @param returnPath a path within the application, starting with a single "/"; anything else
   *     returns to the start page, so that no link can send a user elsewhere after login
   */
  public static PendingSignIn create(String returnPath) {
    return new PendingSignIn(
        new State().getValue(),
        new Nonce().getValue(),
        new CodeVerifier().getValue(),
        isLocalPath(returnPath) ? returnPath : "/");
  }

  private static boolean isLocalPath(String path) {
    return path != null
        && path.startsWith("/")
        && !path.startsWith("//")
        && !path.startsWith("/\\")
        && path.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
  }

  @Override
  public String toString() {
    return "PendingSignIn[" + returnPath + "]";
  }
}
