package se.samsyn.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samsyn.test.NoInternals.assertNoInternals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.samsyn.test.BrowserSession;
import se.samsyn.test.DemoUser;
import se.samsyn.test.KeycloakExtension;
import se.samsyn.test.RunningApplication;
import se.samsyn.test.TestConfiguration;
import se.samsyn.test.Tokens;

/** Login against the real Keycloak: the authorization code flow, bearer tokens, roles, logout. */
@ExtendWith({KeycloakExtension.class, RunningApplication.class})
class LoginIT {

  @ParameterizedTest
  @EnumSource(
      value = DemoUser.class,
      names = {
        "FK_CASE_WORKER",
        "AF_CASE_WORKER",
        "REGION_CASE_WORKER",
        "SODERTALJE_CASE_WORKER",
        "NYKVARN_CASE_WORKER"
      })
  void eachAuthoritysCaseWorkerLandsOnAHomePageWithNameAndAuthority(DemoUser user)
      throws IOException, InterruptedException {
    Document home = BrowserSession.logIn(user).page("/");

    assertEquals(user.fullName(), home.getElementById("profile-name").text());
    assertTrue(
        home.getElementById("profile-agency").text().contains("(" + user.agency() + ")"),
        home.getElementById("profile-agency").text());
    assertEquals("Handläggare", home.getElementById("profile-roles").text());
    assertNotNull(home.getElementById("logout"));
  }

  @ParameterizedTest
  @EnumSource(DemoUser.class)
  void apiMeDescribesTheBearerOfAToken(DemoUser user) throws IOException, InterruptedException {
    HttpResponse<String> response = getWithToken("/api/me", Tokens.accessToken(user));

    assertEquals(200, response.statusCode(), response.body());
    JsonObject me = Json.createReader(new StringReader(response.body())).readObject();
    assertEquals(user.username(), me.getString("username"));
    assertEquals(user.fullName(), me.getString("name"));
    assertEquals(user.agency(), me.getString("agency", null), "no claim, no authority");
    assertEquals(
        user.roles().stream().sorted().toList(),
        me.getJsonArray("roles").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .sorted()
            .toList());
  }

  @Test
  void aPageTheRolesDoNotAllowIsA403PageWithoutInternals()
      throws IOException, InterruptedException {
    BrowserSession caseWorker = BrowserSession.logIn(DemoUser.SODERTALJE_CASE_WORKER);

    HttpResponse<String> response =
        caseWorker.get(TestConfiguration.baseUrl() + "/admin/organisation.xhtml");

    assertEquals(403, response.statusCode());
    assertTrue(response.body().contains("Du saknar behörighet"), response.body());
    assertFalse(response.body().contains("Södertälje kommun"), "no hint of the page's content");
    assertNoInternals(response.body());
  }

  @Test
  void theAdministratorSeesTheOrganisationAndTheStaffWhoHaveLoggedIn()
      throws IOException, InterruptedException {
    BrowserSession.logIn(DemoUser.NYKVARN_CASE_WORKER);
    BrowserSession admin = BrowserSession.logIn(DemoUser.ADMIN);

    Document organisation = admin.page("/admin/organisation.xhtml");

    assertTrue(
        organisation
            .getElementById("forbund-name")
            .text()
            .contains("Samordningsförbundet Södertälje–Nykvarn"));
    String agencies = organisation.getElementById("organisation:agencies").text();
    for (String name :
        new String[] {
          "Försäkringskassan",
          "Arbetsförmedlingen",
          "Region Stockholm",
          "Södertälje kommun",
          "Nykvarns kommun"
        }) {
      assertTrue(agencies.contains(name), agencies);
    }
    String staff = organisation.getElementById("organisation:staff").text();
    assertTrue(staff.contains(DemoUser.NYKVARN_CASE_WORKER.username()), staff);
    assertTrue(staff.contains("KOMMUN-0140"), staff);
  }

  @Test
  void anExpiredViewGivesAPageThatLeadsBackWithoutInternals()
      throws IOException, InterruptedException {
    BrowserSession session = BrowserSession.logIn(DemoUser.AF_CASE_WORKER);
    String policy =
        session
            .get(TestConfiguration.baseUrl() + "/index.xhtml")
            .headers()
            .firstValue("Content-Security-Policy")
            .orElseThrow();
    Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
    assertTrue(nonce.find(), policy);

    // PrimeFaces' script adds the page's nonce to every postback, as a browser would send it.
    HttpResponse<String> response =
        session.post(
            TestConfiguration.baseUrl() + "/index.xhtml",
            Map.of(
                "language",
                "language",
                "jakarta.faces.ViewState",
                "-1234567890:987654321",
                "primefaces.nonce",
                nonce.group(1)));

    assertTrue(response.body().contains("Sessionen har gått ut"), response.body());
    assertNotNull(Jsoup.parse(response.body()).getElementById("login-again"));
    assertNoInternals(response.body());
  }

  @Test
  void logoutEndsTheApplicationAndTheKeycloakSession() throws IOException, InterruptedException {
    BrowserSession session = BrowserSession.logIn(DemoUser.FK_CASE_WORKER);

    HttpResponse<String> afterLogout =
        session.post(TestConfiguration.baseUrl() + "/logout", Map.of());

    assertTrue(
        afterLogout.body().contains("kc-form-login"),
        "back at the login form: " + afterLogout.uri());
    HttpResponse<String> startPage = session.get(TestConfiguration.baseUrl() + "/");
    assertTrue(
        startPage.uri().toString().startsWith(TestConfiguration.realmUrl()),
        "a new visit needs a new login: " + startPage.uri());
  }

  @Test
  void theApiRefusesTheIdTokenThatComesWithTheAccessToken()
      throws IOException, InterruptedException {
    assertEquals(
        200, getWithToken("/api/me", Tokens.accessToken(DemoUser.AF_CASE_WORKER)).statusCode());

    HttpResponse<String> withIdToken =
        getWithToken("/api/me", Tokens.idToken(DemoUser.AF_CASE_WORKER));

    assertEquals(401, withIdToken.statusCode(), withIdToken.body());
  }

  @Test
  void theSessionIdBeforeLoginIsDeadAfterIt() throws IOException, InterruptedException {
    BrowserSession session = new BrowserSession();
    session.get(TestConfiguration.baseUrl() + "/");
    String beforeLogin = session.cookie("JSESSIONID").orElseThrow();

    session.logInAs(DemoUser.REGION_CASE_WORKER);
    String afterLogin = session.cookie("JSESSIONID").orElseThrow();

    assertNotEquals(beforeLogin, afterLogin);
    HttpResponse<String> withNewId = withSessionId(session, afterLogin);
    assertEquals(200, withNewId.statusCode(), "logged in: " + withNewId.headers().map());
    assertSentToLogin(withSessionId(session, beforeLogin));
  }

  @Test
  void logoutInvalidatesTheSession() throws IOException, InterruptedException {
    BrowserSession session = BrowserSession.logIn(DemoUser.NYKVARN_CASE_WORKER);
    String loggedIn = session.cookie("JSESSIONID").orElseThrow();
    HttpResponse<String> beforeLogout = withSessionId(session, loggedIn);
    assertEquals(200, beforeLogout.statusCode(), "logged in: " + beforeLogout.headers().map());
    Map<String, String> cookiesBeforeLogout = session.cookies();

    session.post(TestConfiguration.baseUrl() + "/logout", Map.of());

    assertSentToLogin(withCookies(cookiesBeforeLogout));
  }

  /** The start page with the session's cookies but that session id, without following redirects. */
  private static HttpResponse<String> withSessionId(BrowserSession session, String sessionId)
      throws IOException, InterruptedException {
    Map<String, String> cookies = new java.util.TreeMap<>(session.cookies());
    cookies.put("JSESSIONID", sessionId);
    return withCookies(cookies);
  }

  private static HttpResponse<String> withCookies(Map<String, String> cookies)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(TestConfiguration.baseUrl() + "/index.xhtml"))
                .header(
                    "Cookie",
                    cookies.entrySet().stream()
                        .map(c -> c.getKey() + "=" + c.getValue())
                        .collect(java.util.stream.Collectors.joining("; ")))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static void assertSentToLogin(HttpResponse<String> response) {
    assertEquals(302, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Location")
            .orElse("")
            .startsWith(TestConfiguration.realmUrl()),
        String.valueOf(response.headers().firstValue("Location")));
  }

  private static HttpResponse<String> getWithToken(String path, String token)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(TestConfiguration.baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
