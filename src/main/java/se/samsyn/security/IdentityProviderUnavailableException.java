package se.samsyn.security;

/**
 * The identity provider could not be reached or answered with a server error. A user then gets a
 * page asking to try again shortly, and a signed-in session is kept for when it is back.
 */
public class IdentityProviderUnavailableException extends Exception {

  private static final long serialVersionUID = 1L;

  public IdentityProviderUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public IdentityProviderUnavailableException(String message) {
    super(message);
  }
}
