package se.samsyn.test;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The test Keycloak's admin REST API, as an administrator of the förbund would use the console:
 * staff of their own for a test, disabled, given other roles, logged out.
 */
public final class KeycloakAdmin {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final String adminUrl =
      "http://localhost:" + TestConfiguration.keycloakPort() + "/admin/realms/samsyn";

  /** A staff member of the samsyn realm created for one test. */
  public record StaffAccount(String id, String username, String password) {}

  /** Creates an enabled user with a unique name, the authority and the realm roles given. */
  public StaffAccount createStaff(String agency, List<String> roles)
      throws IOException, InterruptedException {
    String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Test-" + UUID.randomUUID();
    JsonObject user =
        Json.createObjectBuilder()
            .add("username", username)
            .add("enabled", true)
            .add("firstName", "Test")
            .add("lastName", username)
            .add("email", username + "@test.samsyn.invalid")
            .add("emailVerified", true)
            .add(
                "attributes",
                Json.createObjectBuilder().add("agency", Json.createArrayBuilder().add(agency)))
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", password)
                            .add("temporary", false)))
            .build();
    HttpResponse<String> created = send("POST", "/users", user.toString());
    expect(201, created);
    String location = created.headers().firstValue("Location").orElseThrow();
    String id = location.substring(location.lastIndexOf('/') + 1);
    addRoles(id, roles);
    return new StaffAccount(id, username, password);
  }

  public void disable(StaffAccount staff) throws IOException, InterruptedException {
    expect(204, send("PUT", "/users/" + staff.id(), "{\"enabled\":false}"));
  }

  public void addRoles(String userId, List<String> roles) throws IOException, InterruptedException {
    expect(204, send("POST", "/users/" + userId + "/role-mappings/realm", roles(roles).toString()));
  }

  public void removeRoles(StaffAccount staff, List<String> roles)
      throws IOException, InterruptedException {
    expect(
        204,
        send("DELETE", "/users/" + staff.id() + "/role-mappings/realm", roles(roles).toString()));
  }

  /** Ends the user's Keycloak sessions, as "Sign out" in the admin console does. */
  public void logOut(StaffAccount staff) throws IOException, InterruptedException {
    expect(204, send("POST", "/users/" + staff.id() + "/logout", ""));
  }

  private JsonArray roles(List<String> names) throws IOException, InterruptedException {
    var representations = Json.createArrayBuilder();
    for (String name : names) {
      HttpResponse<String> role = send("GET", "/roles/" + name, null);
      expect(200, role);
      representations.add(Json.createReader(new StringReader(role.body())).readObject());
    }
    return representations.build();
  }

  private HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(adminUrl + path))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + adminToken())
            .header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String adminToken() throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + TestConfiguration.keycloakPort()
                            + "/realms/master/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    expect(200, response);
    return Json.createReader(new StringReader(response.body()))
        .readObject()
        .getString("access_token");
  }

  private static void expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.uri()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
  }
}
