package se.samsyn.security;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * OpenID Connect back-channel logout: the identity provider posts a signed logout token here when a
 * user's session there ends (logout in another application, an administrator ending it). The
 * browser sessions of that provider session end at their next request, on whichever node.
 */
@WebServlet(BackChannelLogoutServlet.PATH)
public class BackChannelLogoutServlet extends HttpServlet {

  static final String PATH = "/backchannel-logout";
  private static final long serialVersionUID = 1L;
  private static final Logger LOGGER = Logger.getLogger(BackChannelLogoutServlet.class.getName());

  @Inject private IdentityProvider provider;
  @Inject private EndedSignIns endedSignIns;

  /** Answers with a status only: the caller is the identity provider, not a browser. */
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    String token = request.getParameter("logout_token");
    Optional<String> providerSession;
    try {
      providerSession = token == null ? Optional.empty() : provider.endedSession(token);
    } catch (IdentityProviderUnavailableException e) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    if (providerSession.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    try {
      endedSignIns.end(providerSession.get());
    } catch (PersistenceException | TransactionalException e) {
      // The same logout posted twice at once: the other post recorded it.
      if (!endedSignIns.hasEnded(providerSession.get())) {
        LOGGER.log(Level.WARNING, "Back-channel logout not recorded", e);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        return;
      }
    }
    response.setStatus(HttpServletResponse.SC_OK);
  }
}
