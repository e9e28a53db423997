package se.samsyn.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import se.samsyn.test.DemoUser;
import se.samsyn.test.KeycloakServer;
import se.samsyn.test.PayaraMicroServer;

/**
 * The embedded run ({@code ./mvnw -Pdev}): a local Keycloak with the demo realm and the application
 * on Payara Micro with an H2 file database and demo data under {@code data/}. Ctrl-C stops both.
 */
public final class DevServer {

  private static final int APPLICATION_PORT = 8080;
  private static final int KEYCLOAK_PORT = 8180;

  private DevServer() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path project = Path.of(required("samsyn.dev.project-dir"));
    Path data = Files.createDirectories(project.resolve("data"));
    String baseUrl = "http://localhost:" + APPLICATION_PORT;

    String realmUrl = KeycloakServer.realmUrl(KEYCLOAK_PORT);
    // Side by side: the application reads Keycloak's configuration only at the first login, and
    // the two boots are most of the time a new user waits.
    System.out.println("Starting Keycloak on http://localhost:" + KEYCLOAK_PORT + " ...");
    CompletableFuture<KeycloakServer> keycloakStart =
        CompletableFuture.supplyAsync(
            () ->
                KeycloakServer.start(
                    Path.of(required("samsyn.dev.keycloak-home")),
                    project.resolve("config/keycloak/samsyn-realm.json"),
                    KEYCLOAK_PORT));
    keycloakStart.thenAccept(
        keycloak -> Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close)));

    System.out.println("Starting Samsyn on " + baseUrl + " ...");
    Map<String, String> environment =
        Map.of(
            "SAMSYN_DB_DRIVER", "org.h2.jdbcx.JdbcDataSource",
            "SAMSYN_DB_URL",
                "jdbc:h2:file:" + data.resolve("samsyn").toAbsolutePath() + ";MODE=LEGACY",
            "SAMSYN_DB_USER", "samsyn",
            "SAMSYN_DB_PASSWORD", "samsyn-dev",
            "SAMSYN_OIDC_PROVIDER_URI", realmUrl,
            "SAMSYN_OIDC_CLIENT_ID", "samsyn-web",
            "SAMSYN_OIDC_CLIENT_SECRET", "samsyn-web-demo-secret",
            "SAMSYN_BASE_URL", baseUrl,
            "SAMSYN_PLATFORM_DEMO_DATA", "true",
            "SAMSYN_AUDIT_SIGNING_KEY", "samsyn-dev-signing-key-demo-only");
    PayaraMicroServer application =
        PayaraMicroServer.start(
            Path.of(required("samsyn.dev.payara-micro-jar")),
            Path.of(required("samsyn.dev.war")),
            APPLICATION_PORT,
            Files.createDirectories(data.resolve("payara")),
            environment);
    Runtime.getRuntime().addShutdownHook(new Thread(application::close));
    keycloakStart.join();

    printWelcome(baseUrl, application.log());
    Thread.currentThread().join();
  }

  private static void printWelcome(String baseUrl, Path log) {
    StringBuilder text = new StringBuilder();
    text.append("\n  Samsyn is running: ").append(baseUrl).append("/\n\n");
    text.append("  Demo users (password \"").append(DemoUser.PASSWORD).append("\", demo only):\n");
    for (DemoUser user : DemoUser.values()) {
      text.append(
          String.format(
              "    %-24s %-18s %-12s %s%n",
              user.username(), user.fullName(), user.agency(), String.join(", ", user.roles())));
    }
    text.append("\n  Application log: ").append(log).append('\n');
    text.append("  Press Ctrl-C to stop Samsyn and Keycloak.\n");
    System.out.println(text);
  }

  private static String required(String key) {
    String value = System.getProperty(key);
    if (value == null) {
      throw new IllegalStateException(
          "Start the embedded run with ./mvnw -Pdev (" + key + " unset)");
    }
    return value;
  }
}
