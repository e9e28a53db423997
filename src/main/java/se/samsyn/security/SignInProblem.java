package se.samsyn.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Why a login could not be completed, as the sign-in error page explains it. The page reads the
 * problem from the request attribute named by this class.
 */
public enum SignInProblem {
  /** The user cancelled at the identity provider, or it refused the login. */
  DENIED(HttpServletResponse.SC_UNAUTHORIZED),
  /**
   * The answer from the identity provider matches no login this browser began: an old or bookmarked
   * address, a second tab, or cookies blocked.
   */
  NOT_COMPLETED(HttpServletResponse.SC_UNAUTHORIZED),
  /** The identity provider does not answer. */
  PROVIDER_UNAVAILABLE(HttpServletResponse.SC_SERVICE_UNAVAILABLE);

  public static final String ATTRIBUTE = SignInProblem.class.getName();

  private final int status;

  SignInProblem(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** The bundle key of the explanation, e.g. {@code signIn.problem.DENIED}. */
  public String messageKey() {
    return "signIn.problem." + name();
  }
}
