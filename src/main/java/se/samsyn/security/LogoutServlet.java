package se.samsyn.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;

/**
 * Ends the application session and sends the browser to the identity provider to end its session
 * too, which then returns it to the start page. A POST, so that no link or image on another site
 * can log a user out. Should the provider be unreachable, the application session still ends.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private IdentityProvider provider;
  @Inject private OidcSettings settings;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    Object signIn = session == null ? null : session.getAttribute(BrowserLogin.SIGN_IN);
    if (session != null) {
      session.invalidate();
    }
    String startPage = request.getContextPath() + "/";
    if (!(signIn instanceof SignIn ended)) {
      response.sendRedirect(startPage);
      return;
    }
    try {
      response.sendRedirect(
          provider.logoutRequest(ended, URI.create(settings.getPostLogoutUri())).toString());
    } catch (IdentityProviderUnavailableException e) {
      response.sendRedirect(startPage);
    }
  }
}
