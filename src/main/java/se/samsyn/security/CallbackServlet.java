package se.samsyn.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.samsyn.organisation.OrganisationService;

/**
 * The identity provider returns here after login; the authentication mechanism has then completed
 * the code flow. Records the login and sends the user to the start page. Redirecting from here,
 * rather than letting the mechanism restore the original request, gives a first page on which the
 * caller's roles are already in effect. The session gets a new id here, so that an id someone
 * planted or saw before the login is worth nothing after it.
 */
@WebServlet(CallbackServlet.PATH)
public class CallbackServlet extends HttpServlet {

  static final String PATH = "/callback";
  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private OrganisationService organisationService;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    currentUser
        .get()
        .ifPresent(
            user -> {
              organisationService.recordLogin(user.toStaffIdentity());
              if (request.getSession(false) != null) {
                request.changeSessionId();
              }
            });
    response.sendRedirect(request.getContextPath() + "/");
  }
}
