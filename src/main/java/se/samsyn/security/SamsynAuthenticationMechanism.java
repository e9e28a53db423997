package se.samsyn.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import se.samsyn.organisation.OrganisationService;
import se.samsyn.organisation.StaffMember;
import se.samsyn.platform.SecurityHeaders;

/**
 * One authentication mechanism for both kinds of caller: browsers log in with the OpenID Connect
 * authorization code flow ({@link BrowserLogin}), and REST clients under {@code /api} present a
 * bearer access token from the same realm. An API request without a token stays anonymous (the API
 * answers 401), never a login redirect.
 */
@ApplicationScoped
public class SamsynAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String API_PATH = "/api/";
  private static final String BEARER_PREFIX = "Bearer ";

  @Inject private BrowserLogin browserLogin;

  @Inject private BearerTokenAuthenticator bearerTokens;

  @Inject private OrganisationService organisationService;

  @Inject private SecurityHeaders securityHeaders;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    // The login redirect and the 401 below are sent before any filter runs.
    securityHeaders.apply(request, response);
    if (!isApiRequest(request)) {
      return browserLogin.validateRequest(context);
    }
    Optional<String> token = bearerToken(request);
    if (token.isEmpty()) {
      return context.doNothing();
    }
    Optional<AuthenticatedUser> user = bearerTokens.authenticate(token.get());
    if (user.isEmpty()) {
      return refuseToken(response);
    }
    request.setAttribute(AuthenticatedUser.class.getName(), user.get());
    StaffMember staff = organisationService.recordLogin(user.get().toStaffIdentity());
    request.setAttribute(
        CurrentUser.UNIT_ATTRIBUTE, staff.getUnit() == null ? "" : staff.getUnit().getName());
    return context.notifyContainerAboutLogin(user.get().username(), user.get().roleNames());
  }

  private static boolean isApiRequest(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + API_PATH);
  }

  private static Optional<String> bearerToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.startsWith(BEARER_PREFIX)) {
      return Optional.empty();
    }
    return Optional.of(header.substring(BEARER_PREFIX.length()).trim());
  }

  private static AuthenticationStatus refuseToken(HttpServletResponse response)
      throws AuthenticationException {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                  + "\"detail\":\"The bearer token is invalid or expired\"}");
      response.flushBuffer();
      return AuthenticationStatus.SEND_FAILURE;
    } catch (IOException e) {
      throw new AuthenticationException(e);
    }
  }
}
