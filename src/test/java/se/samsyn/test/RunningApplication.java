package se.samsyn.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the packaged WAR once on Payara Micro for every test class that tests the application from
 * outside (HTTP, browser); one boot serves them all. Configuration comes from the environment the
 * build gives the tests (database, identity provider).
 */
public class RunningApplication implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(PayaraMicroServer.class, key -> new Running(), Running.class);
  }

  private static final class Running implements AutoCloseable {

    private final PayaraMicroServer server = start();

    private static PayaraMicroServer start() {
      try {
        Path workDir =
            Files.createDirectories(
                Path.of(
                    "target", "application-it", System.getProperty("samsyn.test.run", "default")));
        return PayaraMicroServer.start(
            TestConfiguration.payaraMicroJar(),
            Path.of("target", "samsyn.war"),
            TestConfiguration.httpPort(),
            workDir,
            Map.of());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      server.close();
    }
  }
}
