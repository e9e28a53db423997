package se.samsyn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samsyn.test.NoInternals.assertNoInternals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.test.Api;
import se.samsyn.test.DemoUser;
import se.samsyn.test.KeycloakExtension;
import se.samsyn.test.RunningApplication;
import se.samsyn.test.TestConfiguration;
import se.samsyn.test.Tokens;

/** The packaged WAR boots, migrates its database and answers without anyone logged in. */
@Tag("h2")
@ExtendWith({KeycloakExtension.class, RunningApplication.class})
class ApplicationSmokeIT {

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  @EnabledIfSystemProperty(named = "samsyn.test.run", matches = "h2")
  void emergencyAccessIsOffAsShipped() throws IOException, InterruptedException {
    HttpResponse<String> refused =
        Api.post(
            Tokens.accessToken(DemoUser.AF_CASE_WORKER),
            "/api/emergency-access",
            "{\"personalIdentityNumber\":\"19900317-2393\",\"reason\":\"Akut\"}");

    assertEquals(403, refused.statusCode(), refused.body());
  }

  @Test
  void healthAnswersWithoutLoginAndReportsTheDatabase() throws IOException, InterruptedException {
    HttpResponse<String> response = get("/api/health");

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
    assertTrue(response.body().contains("\"database\":\"UP\""), response.body());
  }

  @Test
  void theApiRefusesAnonymousCallersWith401AndNoRedirect()
      throws IOException, InterruptedException {
    HttpResponse<String> response = get("/api/me");

    assertEquals(401, response.statusCode());
    assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElse(""));
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
  }

  @Test
  void anInvalidBearerTokenIsRefused() throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(TestConfiguration.baseUrl() + "/api/me"))
                .header("Authorization", "Bearer not-a-token")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(401, response.statusCode());
    assertNoInternals(response.body());
  }

  @Test
  void anUnknownApiPathIsAProblemWithoutInternals() throws IOException, InterruptedException {
    HttpResponse<String> response = get("/api/no-such-resource");

    assertEquals(404, response.statusCode());
    assertNoInternals(response.body());
  }

  @Test
  void theApiDescriptionNamesEveryResourcePath() throws IOException, InterruptedException {
    HttpResponse<String> response = get("/openapi");

    assertEquals(200, response.statusCode());
    for (String path : ResourcePaths.all()) {
      assertTrue(
          response.body().contains("\n  " + path + ":"), "/openapi does not describe " + path);
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(TestConfiguration.baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
