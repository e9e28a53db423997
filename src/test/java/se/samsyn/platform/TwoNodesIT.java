package se.samsyn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samsyn.test.Api.ok;
import static se.samsyn.test.NoInternals.assertNoInternals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.test.Api;
import se.samsyn.test.BrowserSession;
import se.samsyn.test.DemoUser;
import se.samsyn.test.FailoverProxy;
import se.samsyn.test.KeycloakExtension;
import se.samsyn.test.Loopback;
import se.samsyn.test.PayaraMicroServer;
import se.samsyn.test.TestConfiguration;
import se.samsyn.test.Tokens;

/**
 * Two nodes of one Hazelcast cluster on loopback, sharing the test PostgreSQL, behind a load
 * balancer that keeps a session on its node and fails over to the other — what {@code docker/}
 * ships. A logged-in user whose node is killed is served by the other node; a consent withdrawn
 * through one node is refused on the other at once.
 */
@ExtendWith(KeycloakExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));
  private static final String NUMBER = "196111202989";
  private static final String NOTE = "Anteckning som bara FK:s samtycke lämnar ut";

  private static PayaraMicroServer first;
  private static PayaraMicroServer second;
  private static FailoverProxy loadBalancer;

  @BeforeAll
  static void startTheCluster() throws Exception {
    int balancer = TestConfiguration.clusterPort();
    List<Integer> hazelcast = List.of(balancer + 10, balancer + 20);
    String cluster = "samsyn-test-" + UUID.randomUUID();
    Map<String, String> environment = new HashMap<>();
    environment.put("SAMSYN_BASE_URL", TestConfiguration.clusterBaseUrl());
    CompletableFuture<PayaraMicroServer> a =
        CompletableFuture.supplyAsync(
            () -> node("a", balancer + 1, hazelcast.get(0), hazelcast, cluster, environment));
    CompletableFuture<PayaraMicroServer> b =
        CompletableFuture.supplyAsync(
            () -> node("b", balancer + 2, hazelcast.get(1), hazelcast, cluster, environment));
    // Both are kept even if the other failed, so that the end of the class stops them.
    first = a.exceptionally(failed -> null).join();
    second = b.exceptionally(failed -> null).join();
    a.join();
    b.join();
    loadBalancer = new FailoverProxy(balancer, List.of(balancer + 1, balancer + 2));
  }

  @AfterAll
  static void stopTheCluster() {
    if (loadBalancer != null) {
      loadBalancer.close();
    }
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
  }

  @Test
  @Order(0)
  void theNodesAndTheirDataGridListenOnLoopbackOnly() throws IOException {
    int balancer = TestConfiguration.clusterPort();
    for (int port : List.of(balancer + 1, balancer + 2, balancer + 10, balancer + 20)) {
      Loopback.assertAnswersOnLoopbackOnly(port);
    }
  }

  @Test
  @Order(1)
  void aConsentWithdrawnThroughOneNodeIsRefusedOnTheOtherAtOnce()
      throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String af = Tokens.accessToken(DemoUser.AF_CASE_WORKER);
    String reference = registerThrough(first, fk, "Klustra", "Fk");
    registerThrough(first, af, "Klustra", "Af");
    ok(
        Api.post(
            fk,
            first.baseUrl() + "/api/participants/" + reference + "/notes",
            "{\"date\":\"" + TODAY + "\",\"category\":\"NOTES\",\"text\":\"" + NOTE + "\"}"));
    long consent =
        Api.json(
                ok(Api.post(
                        fk,
                        first.baseUrl() + "/api/participants/" + reference + "/consents",
                        "{\"agencies\":[\"FK\",\"AF\"],\"categories\":[\"IDENTITY_AND_CONTACT\","
                            + "\"NOTES\"],\"purpose\":\"SIP\",\"form\":\"ORAL_DOCUMENTED\","
                            + "\"givenBy\":\"PARTICIPANT\",\"validFrom\":\""
                            + TODAY
                            + "\",\"validUntil\":\""
                            + TODAY.plusMonths(3)
                            + "\"}"))
                    .body())
            .asJsonObject()
            .getJsonNumber("id")
            .longValue();
    String timeline = second.baseUrl() + "/api/participants/" + reference + "/timeline";
    String disclosed = ok(Api.get(af, timeline)).body();
    assertTrue(disclosed.contains(NOTE), "disclosed on the other node: " + disclosed);

    ok(
        Api.post(
            fk,
            first.baseUrl() + "/api/consents/" + consent + "/withdrawal",
            "{\"reason\":\"Deltagaren ångrade sig\"}"));

    HttpResponse<String> afterWithdrawal = Api.get(af, timeline);
    assertEquals(200, afterWithdrawal.statusCode(), afterWithdrawal.body());
    assertFalse(afterWithdrawal.body().contains(NOTE), afterWithdrawal.body());
  }

  @Test
  @Order(2)
  void whenTheServingNodeIsKilledTheOtherServesTheLoggedInUser()
      throws IOException, InterruptedException {
    BrowserSession browser =
        new BrowserSession(TestConfiguration.clusterBaseUrl())
            .logInAs(DemoUser.REGION_CASE_WORKER.username(), DemoUser.PASSWORD);
    String page = TestConfiguration.clusterBaseUrl() + "/participant/search.xhtml";
    assertEquals(200, browser.get(page).statusCode());
    assertEquals(0, loadBalancer.connectionsTo(1), "sticky: the first node served it all");

    first.kill();
    HttpResponse<String> afterFailover = browser.get(page);

    assertTrue(loadBalancer.connectionsTo(1) > 0, "the second node took over");
    assertEquals(200, afterFailover.statusCode(), afterFailover.body());
    assertEquals(page, afterFailover.uri().toString(), "back on the page asked for");
    assertTrue(
        afterFailover.previousResponse().isEmpty(),
        "served from the replicated session, without a new login: "
            + afterFailover.previousResponse().map(HttpResponse::uri));
    assertNoInternals(afterFailover.body());
    assertTrue(
        afterFailover.body().contains(DemoUser.REGION_CASE_WORKER.fullName()),
        "still logged in as the same user");
    HttpResponse<String> logout =
        browser.post(TestConfiguration.clusterBaseUrl() + "/logout", Map.of());
    assertTrue(logout.statusCode() < 500, "logout on the other node: " + logout.statusCode());
  }

  private static String registerThrough(
      PayaraMicroServer node, String token, String firstName, String lastName)
      throws IOException, InterruptedException {
    HttpResponse<String> units = ok(Api.get(token, node.baseUrl() + "/api/units"));
    long unit =
        Api.json(units.body()).asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    HttpResponse<String> created =
        ok(
            Api.post(
                token,
                node.baseUrl() + "/api/participants",
                "{\"personalIdentityNumber\":\""
                    + NUMBER
                    + "\",\"firstName\":\""
                    + firstName
                    + "\",\"lastName\":\""
                    + lastName
                    + "\",\"sex\":\"FEMALE\",\"unitId\":"
                    + unit
                    + "}"));
    return Api.json(created.body()).asJsonObject().getString("reference");
  }

  private static PayaraMicroServer node(
      String name,
      int port,
      int hazelcastPort,
      List<Integer> members,
      String cluster,
      Map<String, String> environment) {
    try {
      Path workDir = Files.createDirectories(Path.of("target", "two-nodes", name));
      return PayaraMicroServer.startNode(
          TestConfiguration.payaraMicroJar(),
          Path.of("target", "samsyn.war"),
          port,
          workDir,
          environment,
          cluster,
          hazelcastPort,
          members);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
