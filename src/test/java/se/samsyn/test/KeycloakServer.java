package se.samsyn.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

/**
 * The real Keycloak server, run from the distribution unpacked by the build, with the Samsyn realm
 * imported afresh on every start. Listens on 127.0.0.1 only.
 */
public final class KeycloakServer implements AutoCloseable {

  private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

  private final Path home;
  private final int port;
  private final Process process;

  private KeycloakServer(Path home, int port, Process process) {
    this.home = home;
    this.port = port;
    this.process = process;
  }

  public static KeycloakServer start(Path home, Path realmFile, int port) {
    try {
      Path importDir = Files.createDirectories(home.resolve("data/import"));
      Files.copy(
          realmFile, importDir.resolve("samsyn-realm.json"), StandardCopyOption.REPLACE_EXISTING);
      Directories.recreate(home.resolve("data/h2"));
      Path tmp = Files.createDirectories(home.resolve("tmp"));
      Path log = home.resolve("keycloak.log");
      ProcessBuilder builder =
          new ProcessBuilder(
                  home.resolve("bin/kc.sh").toString(),
                  "start-dev",
                  "--http-host=127.0.0.1",
                  "--http-port=" + port,
                  "--import-realm")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("JAVA_OPTS_APPEND", "-Djava.io.tmpdir=" + tmp);
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
      home.resolve("bin/kc.sh").toFile().setExecutable(true);
      KeycloakServer server = new KeycloakServer(home, port, builder.start());
      server.awaitRealm(log);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Keycloak could not be started from " + home, e);
    }
  }

  public String realmUrl() {
    return realmUrl(port);
  }

  /** The demo realm's address on a Keycloak at that port, before it has started. */
  public static String realmUrl(int port) {
    return "http://localhost:" + port + "/realms/samsyn";
  }

  private void awaitRealm(Path log) throws IOException {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest discovery =
        HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak exited; see " + log + ":\n" + tail(log));
      }
      try {
        if (client.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(Duration.ofMillis(500));
    }
    close();
    throw new IllegalStateException("Keycloak did not start in time; see " + log);
  }

  private static String tail(Path log) throws IOException {
    var lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The server's process id, for the benchmark's CPU and heap readings. */
  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    Processes.stop(process);
  }

  @Override
  public String toString() {
    return "Keycloak at " + realmUrl() + " from " + home;
  }
}
