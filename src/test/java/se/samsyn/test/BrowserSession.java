package se.samsyn.test;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a browser does, without the browser: follows redirects with cookies and submits the Keycloak
 * login form, so that tests can walk the real authorization code flow.
 */
public final class BrowserSession {

  private final LocalhostCookies cookies = new LocalhostCookies();
  private final String baseUrl;

  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          // Browsers speak HTTP/2 only over TLS; over plain HTTP they never upgrade (h2c).
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.ALWAYS)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** A browser of the application the tests share. */
  public BrowserSession() {
    this(TestConfiguration.baseUrl());
  }

  /** A browser of the application at that address, such as a cluster behind a load balancer. */
  public BrowserSession(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Opens the application's start page and logs in through the identity provider's form. */
  public static BrowserSession logIn(DemoUser user) throws IOException, InterruptedException {
    return new BrowserSession().logInAs(user);
  }

  /** Logs in within this session, keeping what it holds already (such as a session id). */
  public BrowserSession logInAs(DemoUser user) throws IOException, InterruptedException {
    return logInAs(user.username(), DemoUser.PASSWORD);
  }

  /** Logs in as any user of the realm, such as one a test created for itself. */
  public BrowserSession logInAs(String username, String password)
      throws IOException, InterruptedException {
    HttpResponse<String> loginPage = get(baseUrl + "/");
    Element form =
        Jsoup.parse(loginPage.body(), loginPage.uri().toString()).getElementById("kc-form-login");
    if (form == null) {
      throw new IllegalStateException("Expected the login form, got " + loginPage.uri());
    }
    HttpResponse<String> home =
        post(form.absUrl("action"), Map.of("username", username, "password", password));
    if (!home.uri().toString().startsWith(baseUrl)) {
      throw new IllegalStateException("Login did not return to the application: " + home.uri());
    }
    return this;
  }

  /** The value of the application's cookie of that name, if the session holds one. */
  public java.util.Optional<String> cookie(String name) {
    return java.util.Optional.ofNullable(cookies().get(name));
  }

  /** The application's cookies this session holds, by name. */
  public Map<String, String> cookies() {
    Map<String, String> values = new java.util.TreeMap<>();
    cookies
        .cookies
        .getCookieStore()
        .get(URI.create(baseUrl))
        .forEach(cookie -> values.put(cookie.getName(), cookie.getValue()));
    return values;
  }

  public HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String url, Map<String, String> form)
      throws IOException, InterruptedException {
    return post(url, List.copyOf(form.entrySet()));
  }

  /** A form post as a browser sends it, where a name may come more than once (checkboxes). */
  public HttpResponse<String> post(String url, List<Map.Entry<String, String>> form)
      throws IOException, InterruptedException {
    String body =
        form.stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return client.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Any request, with this session's cookies (such as a multipart form post). */
  public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  public Document page(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(baseUrl + path);
    return Jsoup.parse(response.body(), response.uri().toString());
  }

  /**
   * Browsers treat http://localhost as a secure context and send it cookies marked Secure, as
   * Keycloak's login cookies are; Java's cookie store would not, so the flag is dropped here.
   */
  private static final class LocalhostCookies extends CookieHandler {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders)
        throws IOException {
      return cookies.get(uri, requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
      Map<String, List<String>> withoutSecure = new HashMap<>();
      responseHeaders.forEach(
          (name, values) ->
              withoutSecure.put(
                  name,
                  name != null && name.equalsIgnoreCase("Set-Cookie")
                      ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList()
                      : values));
      cookies.put(uri, withoutSecure);
    }
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
