package se.samsyn.test;

import java.nio.file.Path;

/** Settings the build passes to the integration tests (see the Failsafe plugin in pom.xml). */
public final class TestConfiguration {

  private TestConfiguration() {}

  public static String baseUrl() {
    return required("samsyn.test.base-url");
  }

  public static int httpPort() {
    return java.net.URI.create(baseUrl()).getPort();
  }

  /** The port of the two-node test's load balancer; the nodes take the ports after it. */
  public static int clusterPort() {
    return Integer.parseInt(required("samsyn.test.cluster.port"));
  }

  /** Where the two-node test's cluster is reached, behind its load balancer. */
  public static String clusterBaseUrl() {
    return "http://localhost:" + clusterPort();
  }

  public static Path payaraMicroJar() {
    return Path.of(required("payara.microJar"));
  }

  public static Path keycloakHome() {
    return Path.of(required("samsyn.test.keycloak.home"));
  }

  public static int keycloakPort() {
    return Integer.parseInt(required("samsyn.test.keycloak.port"));
  }

  public static Path realmFile() {
    return Path.of(required("samsyn.test.realm-file"));
  }

  public static String realmUrl() {
    return "http://localhost:" + keycloakPort() + "/realms/samsyn";
  }

  private static String required(String key) {
    String value = System.getProperty(key);
    if (value == null) {
      throw new IllegalStateException(
          "System property " + key + " is not set: run the integration tests with ./mvnw verify");
    }
    return value;
  }
}
