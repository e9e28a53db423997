package se.samsyn.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged application on Payara Micro in a process of its own, configured by environment
 * variables as in production. Payara Micro keeps running after a failed deployment and answers with
 * errors of its own while the application loads, so start-up waits until the application's own
 * health endpoint reports it up.
 */
public final class PayaraMicroServer implements AutoCloseable {

  private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

  /** The only interface the tests' servers listen on, the address in {@link #PREBOOT_LOOPBACK}. */
  public static final String BIND_ADDRESS = "127.0.0.1";

  /**
   * The preboot command file of a cluster's node: it binds Payara Micro's HTTP listener to {@link
   * #BIND_ADDRESS}; without it the listener listens on every interface ({@code *}).
   */
  private static final String PREBOOT_LOOPBACK = "preboot-loopback.txt";

  /**
   * The preboot command file of a node without Hazelcast: bound to loopback as well, and with the
   * web sessions kept in memory. Samsyn is distributable, so without it every request that touches
   * a session tries to save it in the absent data grid and logs the failure with a stack trace.
   * Arquillian's Payara Micro gets the same file (the Failsafe settings in pom.xml).
   */
  private static final String PREBOOT_SINGLE_NODE = "preboot-single-node.txt";

  private final Process process;
  private final Path log;
  private final String baseUrl;

  private PayaraMicroServer(Process process, Path log, String baseUrl) {
    this.process = process;
    this.log = log;
    this.baseUrl = baseUrl;
  }

  public static PayaraMicroServer start(
      Path microJar, Path war, int port, Path workDir, Map<String, String> environment) {
    // One node needs no data grid; with --nocluster Hazelcast still listens on every interface.
    return start(
        microJar,
        war,
        port,
        workDir,
        environment,
        PREBOOT_SINGLE_NODE,
        List.of(),
        List.of("--nohazelcast"));
  }

  /**
   * A node of a cluster on loopback: Hazelcast shares the web sessions with the other members,
   * named explicitly (multicast is not used), and listens on 127.0.0.1 only.
   *
   * @param members the Hazelcast ports of every member, this node's own included
   */
  public static PayaraMicroServer startNode(
      Path microJar,
      Path war,
      int port,
      Path workDir,
      Map<String, String> environment,
      String clusterName,
      int hazelcastPort,
      List<Integer> members) {
    String memberList =
        String.join(",", members.stream().map(p -> BIND_ADDRESS + ":" + p).toList());
    return start(
        microJar,
        war,
        port,
        workDir,
        environment,
        PREBOOT_LOOPBACK,
        // Without it Hazelcast binds every interface, whatever --interfaces says.
        List.of("-Dhazelcast.socket.bind.any=false"),
        List.of(
            "--clustername",
            clusterName,
            "--clustermode",
            "tcpip:" + memberList,
            "--interfaces",
            BIND_ADDRESS,
            "--startport",
            Integer.toString(hazelcastPort),
            "--disablephonehome"));
  }

  private static PayaraMicroServer start(
      Path microJar,
      Path war,
      int port,
      Path workDir,
      Map<String, String> environment,
      String prebootCommands,
      List<String> jvmOptions,
      List<String> clusterOptions) {
    try {
      Path tmp = Directories.recreate(workDir.resolve("tmp"));
      Path log = workDir.resolve("payara.log");
      Path preboot = resourceFile(prebootCommands);
      List<String> command =
          new ArrayList<>(
              List.of(javaExecutable(), "-Xmx768m", "-Djava.io.tmpdir=" + tmp.toAbsolutePath()));
      command.addAll(jvmOptions);
      command.addAll(
          List.of(
              "-jar",
              microJar.toAbsolutePath().toString(),
              "--deploy",
              war.toAbsolutePath().toString(),
              "--contextroot",
              "/",
              "--port",
              Integer.toString(port),
              "--prebootcommandfile",
              preboot.toAbsolutePath().toString()));
      command.addAll(clusterOptions);
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      PayaraMicroServer server =
          new PayaraMicroServer(builder.start(), log, "http://localhost:" + port);
      server.awaitApplication();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Payara Micro could not be started", e);
    }
  }

  /** The test resource as a file, as Payara Micro wants it: the tests' classes are a directory. */
  private static Path resourceFile(String name) {
    URL resource = PayaraMicroServer.class.getResource(name);
    if (resource == null) {
      throw new IllegalStateException("No " + name + " beside PayaraMicroServer");
    }
    try {
      return Path.of(resource.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public String baseUrl() {
    return baseUrl;
  }

  public Path log() {
    return log;
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private void awaitApplication() throws IOException {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create(baseUrl + "/api/health"))
            .timeout(Duration.ofSeconds(10))
            .build();
    Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro exited; log " + log + ":\n" + tail());
      }
      try {
        HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
          return;
        }
        if (Files.readString(log).contains("ready in")) {
          close();
          throw new IllegalStateException(
              "The application was not deployed; log " + log + ":\n" + tail());
        }
      } catch (IOException notYetListening) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      pause();
    }
    close();
    throw new IllegalStateException("Payara Micro did not start in time; log " + log);
  }

  private String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Kills the server at once, as {@code kill -9} does: no shutdown, no session handed over. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** The server's process id, for the benchmark's CPU and heap readings. */
  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    Processes.stop(process);
  }
}
