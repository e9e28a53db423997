package se.samsyn.benchmark;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import se.samsyn.test.BrowserSession;

/**
 * The page journeys' logins: each member of the pool logs in through the real authorization code
 * flow (the application's redirect, Keycloak's login form, the callback), before any load, in as
 * many browser sessions as the run asks; a page journey then carries one of its sessions' cookies,
 * as the staff member's browser would.
 */
final class BrowserSessions {

  private final Map<String, List<BrowserSession>> sessions;

  /**
   * Each session's cookies as its browser holds them now: a journey starts with them and leaves its
   * last ones behind, as a browser's tabs share one cookie jar. Payara's replicated sessions carry
   * a version cookie ({@code JSESSIONIDVERSION}) that every response raises, and a browser sends
   * the latest one, never the version of its login.
   */
  private final Map<String, List<Map<String, String>>> jars;

  private BrowserSessions(Map<String, List<BrowserSession>> sessions) {
    this.sessions = Map.copyOf(sessions);
    Map<String, List<Map<String, String>>> jars = new java.util.HashMap<>();
    sessions.forEach(
        (username, of) ->
            jars.put(
                username,
                of.stream()
                    .map(
                        session -> (Map<String, String>) new ConcurrentHashMap<>(session.cookies()))
                    .toList()));
    this.jars = Map.copyOf(jars);
  }

  /**
   * @param sessionsEach the browser sessions of each staff member: at a small scale a few staff
   *     carry the page journeys of many, and a session keeps only so many views (JSF's 15)
   */
  static BrowserSessions logIn(String baseUrl, List<String> usernames, int sessionsEach)
      throws InterruptedException {
    Map<String, List<BrowserSession>> sessions = new ConcurrentHashMap<>();
    ExecutorService logins = Executors.newFixedThreadPool(4);
    for (String username : usernames) {
      for (int i = 0; i < sessionsEach; i++) {
        logins.submit(
            () -> {
              BrowserSession session =
                  new BrowserSession(baseUrl).logInAs(username, BenchmarkRealm.PASSWORD);
              sessions.computeIfAbsent(username, u -> new CopyOnWriteArrayList<>()).add(session);
              return null;
            });
      }
    }
    logins.shutdown();
    boolean done = logins.awaitTermination(10, TimeUnit.MINUTES);
    long loggedIn = sessions.values().stream().mapToLong(List::size).sum();
    if (!done || loggedIn < (long) usernames.size() * sessionsEach) {
      throw new IllegalStateException(
          "Only " + loggedIn + " of " + usernames.size() * sessionsEach + " sessions logged in");
    }
    return new BrowserSessions(sessions);
  }

  /**
   * The cookie jar of one of the staff member's sessions: the application's cookies by name, to be
   * updated with those a journey ends with.
   */
  Map<String, String> jar(String username) {
    List<Map<String, String>> of = jars.get(username);
    return of.get(ThreadLocalRandom.current().nextInt(of.size()));
  }

  /** The names of the cookies a session holds (the same for every session of the application). */
  Set<String> cookieNames() {
    return sessions.values().iterator().next().get(0).cookies().keySet();
  }

  BrowserSession of(String username) {
    return sessions.get(username).get(0);
  }
}
