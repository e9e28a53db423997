package se.samsyn.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.test.Api;
import se.samsyn.test.DemoUser;
import se.samsyn.test.KeycloakExtension;
import se.samsyn.test.RunningApplication;
import se.samsyn.test.TestConfiguration;
import se.samsyn.test.Tokens;

/** The tests' application trusts no proxy: a forged X-Forwarded-For does not reach the log. */
@ExtendWith({KeycloakExtension.class, RunningApplication.class})
class ClientAddressIT {

  private static final String FORGED = "203.0.113.7";
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");

  @Test
  void aForgedForwardedForFromAnUntrustedAddressIsNotLogged()
      throws IOException, InterruptedException {
    String caseWorker = Tokens.accessToken(DemoUser.COORDINATOR);
    HttpResponse<String> search =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(TestConfiguration.baseUrl() + "/api/participants/search"))
                    .header("Authorization", "Bearer " + caseWorker)
                    .header("Content-Type", "application/json")
                    .header("X-Forwarded-For", FORGED)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"Ingen Alls\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    Api.ok(search);

    List<JsonObject> entries =
        Api.json(
                Api.ok(
                        Api.get(
                            Tokens.accessToken(DemoUser.AUDITOR),
                            "/api/audit/entries?staff=" + DemoUser.COORDINATOR.username()))
                    .body())
            .asJsonArray()
            .getValuesAs(JsonObject.class);

    assertFalse(entries.isEmpty(), "the search is logged");
    for (JsonObject entry : entries) {
      assertTrue(
          LOOPBACK.contains(entry.getString("clientAddress", "")),
          "the socket address, never the forged one: " + entry);
    }
  }
}
