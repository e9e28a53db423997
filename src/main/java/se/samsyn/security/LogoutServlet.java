package se.samsyn.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends the application session and, through the authentication mechanism, the identity provider's
 * session, which then returns the browser to the start page. The session is invalidated after the
 * mechanism has read the identity token it needs for the provider's logout. A POST, so that no link
 * or image on another site can log a user out.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (request.getUserPrincipal() == null) {
      response.sendRedirect(request.getContextPath() + "/");
      return;
    }
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    if (!response.isCommitted()) {
      response.sendRedirect(request.getContextPath() + "/");
    }
  }
}
