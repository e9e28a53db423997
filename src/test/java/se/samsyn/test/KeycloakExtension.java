package se.samsyn.test;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real Keycloak once for all test classes that need a login, before their deployment,
 * with the {@link TestRealm}. Register it before the Arquillian extension.
 */
public class KeycloakExtension implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(
            KeycloakServer.class, key -> new RunningKeycloak(), RunningKeycloak.class);
  }

  private static final class RunningKeycloak implements AutoCloseable {

    private final KeycloakServer server =
        KeycloakServer.start(
            TestConfiguration.keycloakHome(),
            TestRealm.forApplicationAt(
                TestConfiguration.realmFile(),
                TestConfiguration.baseUrl(),
                TestConfiguration.clusterBaseUrl()),
            TestConfiguration.keycloakPort());

    @Override
    public void close() {
      server.close();
    }
  }
}
