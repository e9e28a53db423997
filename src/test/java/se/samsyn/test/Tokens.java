package se.samsyn.test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Access tokens from the demo realm's password-grant client, as a script would get them. */
public final class Tokens {

  private Tokens() {}

  public static String accessToken(DemoUser user) throws IOException, InterruptedException {
    return tokenResponse(user).getString("access_token");
  }

  /** The ID token that comes with the access token (the grant asks for scope openid). */
  public static String idToken(DemoUser user) throws IOException, InterruptedException {
    return tokenResponse(user).getString("id_token");
  }

  private static JsonObject tokenResponse(DemoUser user) throws IOException, InterruptedException {
    String form =
        "grant_type=password&client_id=samsyn-cli&scope=openid&username="
            + URLEncoder.encode(user.username(), StandardCharsets.UTF_8)
            + "&password="
            + DemoUser.PASSWORD;
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(TestConfiguration.realmUrl() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Token request failed: " + response.body());
    }
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
