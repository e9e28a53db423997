package se.samsyn.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Ends the application session and, through the authentication mechanism, the identity provider's
 * session, which then returns the browser to the start page. A POST, so that no link or image on
 * another site can log a user out.
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
    if (!response.isCommitted()) {
      response.sendRedirect(request.getContextPath() + "/");
    }
  }
}
