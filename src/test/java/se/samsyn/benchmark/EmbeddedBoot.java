package se.samsyn.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import se.samsyn.test.KeycloakServer;

/**
 * The embedded run's boot as a new user meets it: {@code ./mvnw -Pdev} until {@code /api/health}
 * answers 200 and Keycloak's realm too (without it nobody can log in), started twice; the target is
 * the second start's, when the first has unpacked Keycloak and created the H2 database.
 *
 * @param first the first start, empty where the embedded run's port was taken
 * @param second the second start
 */
record EmbeddedBoot(Optional<Duration> first, Optional<Duration> second) {

  private static final String HEALTH = "http://localhost:8080/api/health";
  private static final String REALM =
      KeycloakServer.realmUrl(8180) + "/.well-known/openid-configuration";
  private static final Duration LONGEST = Duration.ofMinutes(5);

  static EmbeddedBoot measure(Path project, Path logs) throws IOException, InterruptedException {
    if (answers(HEALTH)) {
      // Something runs there already (a developer's own embedded run): its answer says nothing.
      return new EmbeddedBoot(Optional.empty(), Optional.empty());
    }
    Duration first = start(project, logs.resolve("embedded-boot-1.log"));
    Duration second = start(project, logs.resolve("embedded-boot-2.log"));
    return new EmbeddedBoot(Optional.of(first), Optional.of(second));
  }

  private static Duration start(Path project, Path log) throws IOException, InterruptedException {
    Instant started = Instant.now();
    Process maven =
        new ProcessBuilder(project.resolve("mvnw").toString(), "-B", "-Pdev")
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      while (!(answers(HEALTH) && answers(REALM))) {
        if (!maven.isAlive()) {
          throw new IllegalStateException("./mvnw -Pdev stopped before it answered; see " + log);
        }
        if (Duration.between(started, Instant.now()).compareTo(LONGEST) > 0) {
          throw new IllegalStateException("./mvnw -Pdev did not answer in " + LONGEST);
        }
        Thread.sleep(200);
      }
      return Duration.between(started, Instant.now());
    } finally {
      stop(maven);
    }
  }

  /** Asks Maven and what it started to stop (their shutdown hooks stop Keycloak and Payara). */
  private static void stop(Process maven) throws InterruptedException {
    maven.descendants().forEach(ProcessHandle::destroy);
    maven.destroy();
    if (!maven.waitFor(1, TimeUnit.MINUTES)) {
      maven.descendants().forEach(ProcessHandle::destroyForcibly);
      maven.destroyForcibly();
    }
    Instant until = Instant.now().plus(Duration.ofMinutes(1));
    while ((answers(HEALTH) || answers(REALM)) && Instant.now().isBefore(until)) {
      Thread.sleep(200);
    }
  }

  private static boolean answers(String url) throws InterruptedException {
    try {
      return HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    }
  }
}
