package se.samsyn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.annotation.WebServlet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.samsyn.test.BrowserSession;
import se.samsyn.test.DemoUser;
import se.samsyn.test.KeycloakExtension;
import se.samsyn.test.RunningApplication;
import se.samsyn.test.TestConfiguration;
import se.samsyn.test.Tokens;

/**
 * Every page, endpoint and servlet, read from the views and the compiled classes, answers with the
 * browser-security headers: logged in, anonymous (the login redirect and the 401), refused (403),
 * not found (404). The REST API ignores the session cookie, so a page another site opens cannot
 * call it on the user's behalf.
 */
@ExtendWith({KeycloakExtension.class, RunningApplication.class})
class SecurityHeadersIT {

  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
  private static final HttpClient NO_REDIRECTS =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private static String caseWorkersToken;
  private static BrowserSession caseWorkersBrowser;

  @BeforeAll
  static void logIn() throws IOException, InterruptedException {
    caseWorkersToken = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    caseWorkersBrowser = BrowserSession.logIn(DemoUser.FK_CASE_WORKER);
  }

  static Set<String> pages() {
    return Pages.all();
  }

  static Set<String> protectedPages() {
    Set<String> pages = new TreeSet<>(Pages.all());
    pages.removeAll(Pages.OPEN);
    return pages;
  }

  static Set<String> openPages() {
    return Pages.OPEN;
  }

  static Set<String> endpoints() {
    return ResourcePaths.endpoints();
  }

  static Set<String> servletPaths() {
    Set<String> paths = new TreeSet<>();
    for (String servlet : ResourcePaths.servlets()) {
      try {
        WebServlet mapping = Class.forName(servlet).getAnnotation(WebServlet.class);
        Stream.concat(Arrays.stream(mapping.value()), Arrays.stream(mapping.urlPatterns()))
            .map(pattern -> pattern.replace("/*", "/"))
            .forEach(paths::add);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return paths;
  }

  @Test
  void theListsAreReadFromTheApplication() {
    assertTrue(pages().contains("/participant/search.xhtml"), pages().toString());
    assertTrue(endpoints().contains("GET /me"), endpoints().toString());
    assertTrue(servletPaths().contains("/logout"), servletPaths().toString());
  }

  @ParameterizedTest
  @MethodSource("pages")
  void aPageCarriesTheHeadersAndItsScriptsTheNonceOfItsPolicy(String page)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        BrowserSession.logIn(Pages.visitorOf(page)).get(TestConfiguration.baseUrl() + page);

    assertTrue(response.statusCode() < 500, page + " → " + response.statusCode());
    assertSecurityHeaders(response, true);
    Matcher nonce = NONCE.matcher(csp(response));
    assertTrue(nonce.find(), "PrimeFaces' nonce in the policy of " + page + ": " + csp(response));
    Document document = Jsoup.parse(response.body());
    for (Element script : document.select("script")) {
      assertEquals(nonce.group(1), script.attr("nonce"), page + ": " + script.outerHtml());
    }
    assertTrue(
        document.select("[onclick], [onchange], [onload], [onsubmit], [onkeydown]").isEmpty(),
        "no event-handler attribute, which the policy would block, on " + page);
    for (Element state : document.select("input[name=jakarta.faces.ViewState]")) {
      assertNotEquals("stateless", state.val(), "a form on " + page + " must be stateful");
    }
  }

  @ParameterizedTest
  @MethodSource("protectedPages")
  void anAnonymousVisitorIsSentToTheLoginWithTheHeaders(String page)
      throws IOException, InterruptedException {
    HttpResponse<String> response = anonymous("GET", page);

    assertEquals(302, response.statusCode(), page);
    assertTrue(
        response
            .headers()
            .firstValue("Location")
            .orElse("")
            .startsWith(TestConfiguration.realmUrl()),
        page + " → " + response.headers().firstValue("Location"));
    assertSecurityHeaders(response, true);
  }

  @ParameterizedTest
  @MethodSource("openPages")
  void anAnonymousVisitorReadsAnOpenPageWithTheHeaders(String page)
      throws IOException, InterruptedException {
    HttpResponse<String> response = anonymous("GET", page);

    assertEquals(200, response.statusCode(), page);
    assertSecurityHeaders(response, true);
  }

  @Test
  void refusedAndMissingPagesCarryTheHeaders() throws IOException, InterruptedException {
    HttpResponse<String> refused =
        caseWorkersBrowser.get(TestConfiguration.baseUrl() + "/admin/organisation.xhtml");
    HttpResponse<String> missing =
        caseWorkersBrowser.get(TestConfiguration.baseUrl() + "/no-such-page.xhtml");

    assertEquals(403, refused.statusCode());
    assertSecurityHeaders(refused, true);
    assertEquals(404, missing.statusCode());
    assertSecurityHeaders(missing, true);
  }

  @ParameterizedTest
  @MethodSource("endpoints")
  void anEndpointCarriesTheHeadersForEveryCaller(String endpoint)
      throws IOException, InterruptedException {
    String method = endpoint.substring(0, endpoint.indexOf(' '));
    String path =
        "/api" + endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1");

    HttpResponse<String> withToken = send(method, path, "Bearer " + caseWorkersToken, null);
    HttpResponse<String> anonymous = send(method, path, null, null);
    HttpResponse<String> cookieOnly = send(method, path, null, sessionCookie());

    assertSecurityHeaders(withToken, true);
    assertSecurityHeaders(anonymous, true);
    assertSecurityHeaders(cookieOnly, true);
    assertEquals(
        anonymous.statusCode(),
        cookieOnly.statusCode(),
        endpoint + ": a logged-in browser's cookie must count for nothing in the API");
  }

  @Test
  void theApiRefusesACallerWhoHasOnlyTheBrowsersSessionCookie()
      throws IOException, InterruptedException {
    assertEquals(200, caseWorkersBrowser.get(TestConfiguration.baseUrl() + "/").statusCode());

    HttpResponse<String> me = send("GET", "/api/me", null, sessionCookie());
    HttpResponse<String> registration = send("POST", "/api/participants", null, sessionCookie());

    assertEquals(401, me.statusCode(), me.body());
    assertEquals(401, registration.statusCode(), registration.body());
  }

  @ParameterizedTest
  @MethodSource("servletPaths")
  void aServletAnswersWithTheHeaders(String path) throws IOException, InterruptedException {
    assertSecurityHeaders(anonymous("GET", path), true);
    assertSecurityHeaders(anonymous("POST", path), true);
  }

  @Test
  void staticResourcesCarryTheHeadersAndMayBeCached() throws IOException, InterruptedException {
    Document home = caseWorkersBrowser.page("/");
    List<String> resources =
        home.select("link[rel=stylesheet], script[src]").stream()
            .map(e -> e.hasAttr("href") ? e.absUrl("href") : e.absUrl("src"))
            .toList();
    assertFalse(resources.isEmpty(), home.outerHtml());

    for (String resource : resources) {
      HttpResponse<String> response =
          NO_REDIRECTS.send(
              HttpRequest.newBuilder(URI.create(resource)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), resource);
      assertSecurityHeaders(response, false);
    }
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverHttp()
      throws IOException, InterruptedException {
    List<String> cookies = anonymous("GET", "/").headers().allValues("Set-Cookie");
    String session =
        cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();

    assertTrue(session.matches("(?i).*;\\s*HttpOnly.*"), session);
    assertTrue(session.matches("(?i).*;\\s*SameSite=Lax.*"), session);
    assertFalse(
        session.matches("(?i).*;\\s*Secure.*"), "the tests run on http://localhost: " + session);
  }

  private static void assertSecurityHeaders(HttpResponse<String> response, boolean personalData) {
    String where =
        response.request().method() + " " + response.uri() + " → " + response.statusCode();
    List<String> policies = response.headers().allValues("Content-Security-Policy");
    assertEquals(1, policies.size(), where + ": one policy, not " + policies);
    String policy = policies.get(0);
    assertTrue(policy.contains("frame-ancestors 'none'"), where + ": " + policy);
    assertTrue(policy.contains("object-src 'none'"), where + ": " + policy);
    String scripts = policy.substring(policy.indexOf("script-src"));
    assertFalse(scripts.contains("unsafe-inline"), where + ": " + policy);
    assertFalse(scripts.contains("unsafe-eval"), where + ": " + policy);
    assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"), where);
    assertEquals(List.of("same-origin"), response.headers().allValues("Referrer-Policy"), where);
    String permissions = response.headers().firstValue("Permissions-Policy").orElse("");
    for (String feature : new String[] {"camera=()", "microphone=()", "geolocation=()"}) {
      assertTrue(permissions.contains(feature), where + ": " + permissions);
    }
    assertTrue(
        response.headers().firstValue("Strict-Transport-Security").isEmpty(),
        where + ": HSTS only when the base URL is https, and the tests run on http");
    String cache = String.join(", ", response.headers().allValues("Cache-Control"));
    assertEquals(personalData, cache.contains("no-store"), where + ": Cache-Control " + cache);
  }

  private static String csp(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Security-Policy").orElse("");
  }

  private static String sessionCookie() {
    return "JSESSIONID=" + caseWorkersBrowser.cookie("JSESSIONID").orElseThrow();
  }

  private static HttpResponse<String> anonymous(String method, String path)
      throws IOException, InterruptedException {
    return send(method, path, null, null);
  }

  private static HttpResponse<String> send(
      String method, String path, String authorization, String cookie)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TestConfiguration.baseUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                "GET".equals(method)
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{}"));
    if (!"GET".equals(method)) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return NO_REDIRECTS.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
