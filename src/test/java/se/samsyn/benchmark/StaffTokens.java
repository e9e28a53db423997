package se.samsyn.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The logged-in staff of the run: each member of the pool logs in once with the demo realm's
 * password-grant client before any load, and its token is renewed with the refresh token before it
 * expires (access tokens live five minutes), so no login falls into a measured step.
 */
final class StaffTokens implements AutoCloseable {

  private static final long RENEWAL_MINUTES = 4;

  private final String tokenEndpoint;
  private final HttpClient client = HttpClient.newHttpClient();
  private final Map<String, JsonObject> tokens = new ConcurrentHashMap<>();
  private final ScheduledExecutorService renewal = Executors.newSingleThreadScheduledExecutor();

  private StaffTokens(String realmUrl) {
    this.tokenEndpoint = realmUrl + "/protocol/openid-connect/token";
  }

  static StaffTokens logIn(String realmUrl, List<String> usernames) throws InterruptedException {
    StaffTokens staff = new StaffTokens(realmUrl);
    ExecutorService logins = Executors.newFixedThreadPool(4);
    for (String username : usernames) {
      logins.submit(
          () ->
              staff.tokens.put(
                  username,
                  staff.grant(
                      "grant_type=password&client_id=samsyn-cli&scope=openid&username="
                          + URLEncoder.encode(username, StandardCharsets.UTF_8)
                          + "&password="
                          + BenchmarkRealm.PASSWORD)));
    }
    logins.shutdown();
    if (!logins.awaitTermination(10, TimeUnit.MINUTES) || staff.tokens.size() < usernames.size()) {
      throw new IllegalStateException(
          "Only " + staff.tokens.size() + " of " + usernames.size() + " staff could log in");
    }
    staff.renewal.scheduleAtFixedRate(
        staff::renewAll, RENEWAL_MINUTES, RENEWAL_MINUTES, TimeUnit.MINUTES);
    return staff;
  }

  String accessToken(String username) {
    return tokens.get(username).getString("access_token");
  }

  private void renewAll() {
    tokens.replaceAll(
        (username, token) ->
            grant(
                "grant_type=refresh_token&client_id=samsyn-cli&refresh_token="
                    + token.getString("refresh_token")));
  }

  private JsonObject grant(String form) {
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create(tokenEndpoint))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("Token request failed: " + response.body());
      }
      return Json.createReader(new StringReader(response.body())).readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    renewal.shutdownNow();
  }
}
