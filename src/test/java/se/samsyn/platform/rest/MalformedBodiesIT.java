package se.samsyn.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samsyn.test.Api.json;
import static se.samsyn.test.Api.ok;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.platform.ResourcePaths;
import se.samsyn.test.Api;
import se.samsyn.test.DemoUser;
import se.samsyn.test.KeycloakExtension;
import se.samsyn.test.NoInternals;
import se.samsyn.test.RunningApplication;
import se.samsyn.test.TestConfiguration;
import se.samsyn.test.Tokens;

/**
 * Malformed bodies for every endpoint of the JAX-RS model that reads one, sent with a valid token
 * to ids the caller's authority owns, so that it is the body that gets parsed: no answer is a 5xx
 * or shows internals. {@code samsyn.test.fuzz.tries} tries per endpoint (200), within {@code
 * samsyn.test.fuzz.seconds} for all of them (60).
 */
@ExtendWith({KeycloakExtension.class, RunningApplication.class})
class MalformedBodiesIT {

  private static final int TRIES = Integer.getInteger("samsyn.test.fuzz.tries", 200);
  private static final int MIN_TRIES = Math.min(TRIES, 20);
  private static final Duration BUDGET =
      Duration.ofSeconds(Long.getLong("samsyn.test.fuzz.seconds", 60));
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

  private static Map<String, String> ids;

  @BeforeAll
  static void ownedRecords() throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String reference = Api.registerParticipant(fk, "199511032394", "Fuzz", "Felskrivsson");
    long engagement =
        json(ok(Api.get(fk, "/api/participants/" + reference)).body())
            .asJsonObject()
            .getJsonArray("engagements")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String consent =
        json(ok(Api.post(
                    fk,
                    "/api/participants/" + reference + "/consents",
                    "{\"agencies\":[\"FK\",\"AF\"],\"categories\":[\"NOTES\"],"
                        + "\"purpose\":\"SIP\",\"form\":\"WRITTEN\",\"givenBy\":\"PARTICIPANT\","
                        + "\"validFrom\":\""
                        + TODAY
                        + "\",\"validUntil\":\""
                        + TODAY.plusMonths(2)
                        + "\"}"))
                .body())
            .asJsonObject()
            .get("id")
            .toString();
    String restriction =
        json(ok(Api.post(
                    fk,
                    "/api/participants/" + reference + "/restrictions",
                    "{\"agency\":\"AF\",\"categories\":[\"NOTES\"],\"reason\":\"Önskan\"}"))
                .body())
            .asJsonObject()
            .get("id")
            .toString();
    ids =
        Map.of(
            "{reference}",
            reference,
            "{engagement}",
            Long.toString(engagement),
            "consents/{id}",
            "consents/" + consent,
            "restrictions/{id}",
            "restrictions/" + restriction);
  }

  @Test
  void noMalformedBodyIsAnsweredWithA5xx() throws IOException, InterruptedException {
    Map<String, Class<?>> endpoints = ResourcePaths.endpointsWithBody();
    assertTrue(endpoints.size() >= 15, "endpoints with a body: " + endpoints.keySet());
    // A closed engagement would turn the later endpoints into 404s before their rules run.
    List<String> order =
        endpoints.keySet().stream()
            .sorted(Comparator.comparing((String e) -> e.endsWith("/closure")))
            .toList();
    Instant deadline = Instant.now().plus(BUDGET);
    List<String> failures = new ArrayList<>();
    int total = 0;
    int left = order.size();
    for (String endpoint : order) {
      // Roles are checked before the body is read: each endpoint gets a caller it admits.
      String token =
          Tokens.accessToken(
              endpoint.contains(" /audit/") ? DemoUser.FK_AUDITOR : DemoUser.FK_CASE_WORKER);
      MalformedBodies bodies = new MalformedBodies(endpoints.get(endpoint));
      // What is left of the budget is shared by the endpoints left; each gets a few tries anyway.
      Instant stop =
          Instant.now().plus(Duration.between(Instant.now(), deadline).dividedBy(left--));
      int tried = 0;
      while (tried < TRIES && (tried < MIN_TRIES || Instant.now().isBefore(stop))) {
        String body = bodies.next();
        HttpResponse<String> response = send(token, endpoint, body, tried);
        tried++;
        if (response.statusCode() >= 500) {
          failures.add(endpoint + " " + response.statusCode() + " for " + abbreviated(body));
        } else {
          NoInternals.assertNoInternals(response.body());
        }
      }
      total += tried;
      System.out.printf("MalformedBodiesIT: %s — %d tries%n", endpoint, tried);
    }
    System.out.printf(
        "MalformedBodiesIT: %d malformed bodies to %d endpoints%n", total, endpoints.size());
    assertEquals(
        List.of(), failures.stream().limit(20).toList(), failures.size() + " answers ≥ 500");
  }

  /** Every third try asks for Swedish; every seventh leaves out the content type. */
  private static HttpResponse<String> send(String token, String endpoint, String body, int tried)
      throws IOException, InterruptedException {
    String method = endpoint.substring(0, endpoint.indexOf(' '));
    String path = endpoint.substring(endpoint.indexOf(' ') + 1);
    for (Map.Entry<String, String> id : ids.entrySet()) {
      path = path.replace(id.getKey(), id.getValue());
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TestConfiguration.baseUrl() + "/api" + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Accept-Language", tried % 3 == 0 ? "sv-SE,sv;q=0.9" : "en")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (tried % 7 != 0) {
      request.header("Content-Type", "application/json");
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String abbreviated(String body) {
    return body.length() <= 300 ? body : body.substring(0, 300) + "… (" + body.length() + ")";
  }
}
