package se.samsyn.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samsyn.organisation.OrganisationService;

/**
 * The browser's login, kept in the application's own session state ({@link SignIn}). A protected
 * page without a login goes to the identity provider; the provider's answer at {@code /callback}
 * becomes a login in a session with a new id. While logged in, every protected request is served
 * with the roles of the latest access token; once it has expired, the login is renewed with the
 * provider first, so that a user the provider has disabled, logged out or given other roles is
 * refused or served with the new roles within one access token lifespan. A back-channel logout ends
 * the session at its next request.
 */
@ApplicationScoped
public class BrowserLogin {

  private static final Logger LOGGER = Logger.getLogger(BrowserLogin.class.getName());

  /** Where the identity provider returns the browser after login. */
  static final String CALLBACK_PATH = "/callback";

  static final String SIGN_IN = SignIn.class.getName();
  private static final String PENDING_PREFIX = PendingSignIn.class.getName() + ".";
  private static final String RENEWAL_LOCK = BrowserLogin.class.getName() + ".renewal";

  @Inject private IdentityProvider provider;
  @Inject private EndedSignIns endedSignIns;
  @Inject private OrganisationService organisationService;
  @Inject private Clock clock;

  /** Guards a session's renewal, so that parallel requests renew once; it replicates empty. */
  private static final class RenewalLock implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  public AuthenticationStatus validateRequest(HttpMessageContext context) {
    HttpServletRequest request = context.getRequest();
    if (request.getRequestURI().equals(request.getContextPath() + CALLBACK_PATH)) {
      return completeSignIn(context);
    }
    if (!context.isProtected()) {
      return isPage(request) ? loginIfAny(context) : context.doNothing();
    }
    HttpSession session = request.getSession(false);
    Object stored = session == null ? null : session.getAttribute(SIGN_IN);
    if (!(stored instanceof SignIn signIn)) {
      return startSignIn(context);
    }
    try {
      Optional<SignIn> current = current(session, signIn);
      if (current.isEmpty()) {
        session.invalidate();
        return startSignIn(context);
      }
      return admit(context, current.get());
    } catch (IdentityProviderUnavailableException e) {
      return problem(context, SignInProblem.PROVIDER_UNAVAILABLE, e);
    }
  }

  /**
   * An open page (the accessibility statement) is served to anyone; a logged-in user still sees it
   * with their menu and logout. A login that has ended or cannot be renewed now leaves the page
   * anonymous rather than sending the reader to the identity provider.
   */
  private AuthenticationStatus loginIfAny(HttpMessageContext context) {
    HttpSession session = context.getRequest().getSession(false);
    Object stored = session == null ? null : session.getAttribute(SIGN_IN);
    if (!(stored instanceof SignIn signIn)) {
      return context.doNothing();
    }
    try {
      Optional<SignIn> current = current(session, signIn);
      return current.isEmpty() ? context.doNothing() : admit(context, current.get());
    } catch (IdentityProviderUnavailableException e) {
      LOGGER.log(Level.FINE, "Open page shown anonymously: {0}", e.getMessage());
      return context.doNothing();
    }
  }

  private static AuthenticationStatus admit(HttpMessageContext context, SignIn signIn) {
    AuthenticatedUser user = signIn.user();
    context.getRequest().setAttribute(AuthenticatedUser.class.getName(), user);
    return context.notifyContainerAboutLogin(user.username(), user.roleNames());
  }

  /**
   * A Faces view; the other open paths (static resources, whose URLs end in .xhtml too, logout, the
   * API) need no login.
   */
  private static boolean isPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/");
  }

  /** The login as it stands now: renewed if its access token has expired, empty if it ended. */
  private Optional<SignIn> current(HttpSession session, SignIn signIn)
      throws IdentityProviderUnavailableException {
    if (endedSignIns.hasEnded(signIn.providerSessionId())) {
      return Optional.empty();
    }
    if (!signIn.needsRenewal(clock.instant())) {
      return Optional.of(signIn);
    }
    synchronized (renewalLock(session)) {
      // Another request of this session may have renewed it while this one waited.
      Object latest = session.getAttribute(SIGN_IN);
      if (!(latest instanceof SignIn latestSignIn)) {
        return Optional.empty();
      }
      if (!latestSignIn.needsRenewal(clock.instant())) {
        return Optional.of(latestSignIn);
      }
      Optional<SignIn> renewed = provider.renew(latestSignIn);
      renewed.ifPresent(
          r -> {
            session.setAttribute(SIGN_IN, r);
            organisationService.recordLogin(r.user().toStaffIdentity());
          });
      return renewed;
    }
  }

  private AuthenticationStatus startSignIn(HttpMessageContext context) {
    HttpServletRequest request = context.getRequest();
    PendingSignIn pending = PendingSignIn.create(returnPath(request));
    URI login;
    try {
      login = provider.authorizationRequest(pending);
    } catch (IdentityProviderUnavailableException e) {
      return problem(context, SignInProblem.PROVIDER_UNAVAILABLE, e);
    }
    // One pending login per state: a second tab's login does not spoil the first's.
    request.getSession(true).setAttribute(PENDING_PREFIX + pending.state(), pending);
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      return ajaxRedirect(context, login);
    }
    return context.redirect(login.toString());
  }

  private AuthenticationStatus completeSignIn(HttpMessageContext context) {
    HttpServletRequest request = context.getRequest();
    HttpSession session = request.getSession(false);
    String state = request.getParameter("state");
    Object pending =
        session == null || state == null ? null : session.getAttribute(PENDING_PREFIX + state);
    if (!(pending instanceof PendingSignIn pendingSignIn)) {
      return session != null && session.getAttribute(SIGN_IN) != null
          ? context.redirect(request.getContextPath() + "/")
          : problem(context, SignInProblem.NOT_COMPLETED, null);
    }
    session.removeAttribute(PENDING_PREFIX + state);
    String code = request.getParameter("code");
    if (request.getParameter("error") != null || code == null) {
      return problem(context, SignInProblem.DENIED, null);
    }
    Optional<SignIn> signIn;
    try {
      signIn = provider.signIn(code, pendingSignIn);
    } catch (IdentityProviderUnavailableException e) {
      return problem(context, SignInProblem.PROVIDER_UNAVAILABLE, e);
    }
    if (signIn.isEmpty()) {
      return problem(context, SignInProblem.NOT_COMPLETED, null);
    }
    // A session id someone planted or saw before the login is worth nothing after it.
    request.changeSessionId();
    session.setAttribute(SIGN_IN, signIn.get());
    organisationService.recordLogin(signIn.get().user().toStaffIdentity());
    return context.redirect(request.getContextPath() + pendingSignIn.returnPath());
  }

  /** Where to return after login: the page asked for, if it was asked for with GET. */
  private static String returnPath(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return "/";
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
  }

  private static Object renewalLock(HttpSession session) {
    synchronized (BrowserLogin.class) {
      Object lock = session.getAttribute(RENEWAL_LOCK);
      if (lock == null) {
        lock = new RenewalLock();
        session.setAttribute(RENEWAL_LOCK, lock);
      }
      return lock;
    }
  }

  /**
   * PrimeFaces follows a redirect of an ajax request only as a partial response: a plain redirect
   * would be fetched by the script and the page would seem to do nothing.
   */
  private static AuthenticationStatus ajaxRedirect(HttpMessageContext context, URI location) {
    HttpServletResponse response = context.getResponse();
    try {
      response.setContentType("text/xml");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + location.toString().replace("&", "&amp;").replace("\"", "&quot;")
                  + "\"/></partial-response>");
      response.flushBuffer();
    } catch (IOException e) {
      LOGGER.log(Level.FINE, "Browser gone before the login redirect", e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private static AuthenticationStatus problem(
      HttpMessageContext context, SignInProblem problem, Exception cause) {
    if (cause != null) {
      LOGGER.log(Level.WARNING, "Login not possible: {0}", cause.getMessage());
    }
    context.getRequest().setAttribute(SignInProblem.ATTRIBUTE, problem);
    try {
      context.getResponse().sendError(problem.status());
    } catch (IOException e) {
      LOGGER.log(Level.FINE, "Browser gone before the sign-in problem page", e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
