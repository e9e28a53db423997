package se.samsyn.benchmark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import se.samsyn.test.BrowserSession;

/**
 * The page journeys' logins: each member of the pool logs in once through the real authorization
 * code flow (the application's redirect, Keycloak's login form, the callback), before any load; the
 * page journeys then carry that session's cookies, as the staff member's browser would.
 */
final class BrowserSessions {

  private final Map<String, BrowserSession> sessions;

  private BrowserSessions(Map<String, BrowserSession> sessions) {
    this.sessions = Map.copyOf(sessions);
  }

  static BrowserSessions logIn(String baseUrl, List<String> usernames) throws InterruptedException {
    Map<String, BrowserSession> sessions = new ConcurrentHashMap<>();
    ExecutorService logins = Executors.newFixedThreadPool(4);
    for (String username : usernames) {
      logins.submit(
          () -> {
            sessions.put(
                username, new BrowserSession(baseUrl).logInAs(username, BenchmarkRealm.PASSWORD));
            return null;
          });
    }
    logins.shutdown();
    if (!logins.awaitTermination(10, TimeUnit.MINUTES) || sessions.size() < usernames.size()) {
      throw new IllegalStateException(
          "Only " + sessions.size() + " of " + usernames.size() + " staff could log in");
    }
    return new BrowserSessions(sessions);
  }

  /** The application's cookies of the staff member's session, by name. */
  Map<String, String> cookies(String username) {
    return sessions.get(username).cookies();
  }

  /** The names of the cookies a session holds (the same for every session of the application). */
  java.util.Set<String> cookieNames() {
    return sessions.values().iterator().next().cookies().keySet();
  }

  BrowserSession of(String username) {
    return sessions.get(username);
  }
}
