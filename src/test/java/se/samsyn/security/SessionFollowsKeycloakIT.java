package se.samsyn.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samsyn.test.NoInternals.assertNoInternals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.test.BrowserSession;
import se.samsyn.test.KeycloakAdmin;
import se.samsyn.test.KeycloakAdmin.StaffAccount;
import se.samsyn.test.KeycloakExtension;
import se.samsyn.test.RunningApplication;
import se.samsyn.test.TestConfiguration;
import se.samsyn.test.TestRealm;

/**
 * A browser session lasts only as long as Keycloak says: a user disabled there, given other roles
 * or logged out there is refused or served anew within one access token lifespan (30 s in the test
 * realm), and a logout there reaches the application at once through the back channel.
 */
@ExtendWith({KeycloakExtension.class, RunningApplication.class})
class SessionFollowsKeycloakIT {

  /** The poll's own step and the two clocks' skew, on top of the token lifespan. */
  private static final Duration MARGIN = Duration.ofSeconds(5);

  private static final Duration POLL = Duration.ofSeconds(1);

  private final KeycloakAdmin keycloak = new KeycloakAdmin();

  @Test
  void aUserDisabledInKeycloakIsRefusedWithinTheTokenLifespan()
      throws IOException, InterruptedException {
    StaffAccount staff = keycloak.createStaff("FK", List.of("case-worker"));
    BrowserSession session = new BrowserSession().logInAs(staff.username(), staff.password());
    assertTrue(isServed(session.get(TestConfiguration.baseUrl() + "/index.xhtml")));

    keycloak.disable(staff);
    Duration lag = untilSentToLogin(session, "/index.xhtml");

    System.out.println("Disabled user refused after " + lag.toMillis() + " ms");
    assertWithinTokenLifespan(lag);
    HttpResponse<String> loginAgain = loginForm(session, staff);
    assertFalse(
        loginAgain.uri().toString().startsWith(TestConfiguration.baseUrl()),
        "a disabled user cannot log in again: " + loginAgain.uri());
  }

  @Test
  void rolesChangedInKeycloakApplyWithinTheTokenLifespan()
      throws IOException, InterruptedException {
    StaffAccount staff = keycloak.createStaff("FORBUND", List.of("auditor"));
    BrowserSession session = new BrowserSession().logInAs(staff.username(), staff.password());
    assertEquals(200, session.get(TestConfiguration.baseUrl() + "/audit/log.xhtml").statusCode());

    keycloak.addRoles(staff.id(), List.of("statistics"));
    keycloak.removeRoles(staff, List.of("auditor"));
    Instant changed = Instant.now();
    Duration lag = null;
    while (lag == null) {
      HttpResponse<String> audit = session.get(TestConfiguration.baseUrl() + "/audit/log.xhtml");
      if (audit.statusCode() == 403) {
        lag = Duration.between(changed, Instant.now());
      } else {
        assertEquals(200, audit.statusCode(), audit.body());
        assertStillWithinBound(changed);
        Thread.sleep(POLL.toMillis());
      }
    }

    System.out.println("Role change applied after " + lag.toMillis() + " ms");
    assertWithinTokenLifespan(lag);
    String roles =
        Jsoup.parse(session.get(TestConfiguration.baseUrl() + "/index.xhtml").body())
            .getElementById("profile-roles")
            .text();
    assertEquals("Uppföljning", roles);
  }

  @Test
  void aLogoutInKeycloakEndsTheSessionAtItsNextRequest() throws IOException, InterruptedException {
    StaffAccount staff = keycloak.createStaff("AF", List.of("case-worker"));
    BrowserSession session = new BrowserSession().logInAs(staff.username(), staff.password());
    assertTrue(isServed(session.get(TestConfiguration.baseUrl() + "/index.xhtml")));

    keycloak.logOut(staff);

    // Keycloak has posted the back-channel logout before its admin API answers.
    HttpResponse<String> next = session.get(TestConfiguration.baseUrl() + "/index.xhtml");
    assertTrue(
        next.uri().toString().startsWith(TestConfiguration.realmUrl()),
        "sent to log in again at once: " + next.uri());
  }

  @Test
  void aForgedOrMissingLogoutTokenIsRefused() throws IOException, InterruptedException {
    BrowserSession anyone = new BrowserSession();
    String url = TestConfiguration.baseUrl() + "/backchannel-logout";

    assertEquals(400, anyone.post(url, Map.of()).statusCode());
    assertEquals(
        400,
        anyone
            .post(url, Map.of("logout_token", "eyJhbGciOiJub25lIn0.eyJzaWQiOiJ4In0."))
            .statusCode());
  }

  @Test
  void aLoginAnswerThatMatchesNoLoginIsExplainedWithoutInternals()
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        new BrowserSession().get(TestConfiguration.baseUrl() + "/callback?state=forged&code=x");

    assertEquals(401, response.statusCode());
    assertTrue(response.body().contains("Inloggningen kunde inte slutföras"), response.body());
    assertNoInternals(response.body());
  }

  @Test
  void afterLoginTheUserIsOnThePageTheyAskedFor() throws IOException, InterruptedException {
    StaffAccount staff = keycloak.createStaff("REGION", List.of("case-worker"));
    BrowserSession session = new BrowserSession();

    HttpResponse<String> login =
        session.get(TestConfiguration.baseUrl() + "/participant/search.xhtml");
    HttpResponse<String> page =
        session.post(
            Jsoup.parse(login.body(), login.uri().toString())
                .getElementById("kc-form-login")
                .absUrl("action"),
            Map.of("username", staff.username(), "password", staff.password()));

    assertEquals(TestConfiguration.baseUrl() + "/participant/search.xhtml", page.uri().toString());
    assertEquals(200, page.statusCode());
  }

  private static Duration untilSentToLogin(BrowserSession session, String path)
      throws IOException, InterruptedException {
    Instant changed = Instant.now();
    while (true) {
      HttpResponse<String> response = session.get(TestConfiguration.baseUrl() + path);
      if (response.uri().toString().startsWith(TestConfiguration.realmUrl())) {
        return Duration.between(changed, Instant.now());
      }
      assertTrue(isServed(response), response.statusCode() + " " + response.uri());
      assertStillWithinBound(changed);
      Thread.sleep(POLL.toMillis());
    }
  }

  private static HttpResponse<String> loginForm(BrowserSession session, StaffAccount staff)
      throws IOException, InterruptedException {
    HttpResponse<String> form = session.get(TestConfiguration.baseUrl() + "/index.xhtml");
    return session.post(
        Jsoup.parse(form.body(), form.uri().toString())
            .getElementById("kc-form-login")
            .absUrl("action"),
        Map.of("username", staff.username(), "password", staff.password()));
  }

  private static boolean isServed(HttpResponse<String> response) {
    return response.statusCode() == 200
        && response.uri().toString().startsWith(TestConfiguration.baseUrl());
  }

  private static void assertWithinTokenLifespan(Duration lag) {
    assertTrue(
        lag.compareTo(TestRealm.BROWSER_TOKEN_LIFESPAN.plus(MARGIN)) <= 0,
        "refused after " + lag + ", the token lifespan is " + TestRealm.BROWSER_TOKEN_LIFESPAN);
  }

  private static void assertStillWithinBound(Instant since) {
    Duration waited = Duration.between(since, Instant.now());
    assertTrue(
        waited.compareTo(TestRealm.BROWSER_TOKEN_LIFESPAN.plus(MARGIN)) <= 0,
        "still served after "
            + waited
            + ", the token lifespan is "
            + TestRealm.BROWSER_TOKEN_LIFESPAN);
  }
}
