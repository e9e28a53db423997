package se.samsyn.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps a logged-in user's session when they answer the page's warning that it is about to end
 * (resources/samsyn/session.js, WCAG 2.2.1): the request itself is what the container counts as
 * activity. Like every protected path it passes the login first, so an ended login is not kept
 * alive but sent to log in again. A POST, so that no link or image elsewhere keeps a session open.
 */
@WebServlet("/session/keep-alive")
public class SessionKeepAliveServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(
        request.getSession(false) == null
            ? HttpServletResponse.SC_UNAUTHORIZED
            : HttpServletResponse.SC_NO_CONTENT);
  }
}
