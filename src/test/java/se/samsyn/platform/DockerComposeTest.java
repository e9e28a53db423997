package se.samsyn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What {@code docker/} promises, checked by reading its files: no Docker engine runs here, so
 * nothing of this has been started. One published port (the load balancer's), the production realm
 * template, secrets from the environment, and sticky sessions that follow Payara's jvmRoute.
 */
class DockerComposeTest {

  private static final Path COMPOSE = Path.of("docker/compose.yaml");
  private static final Path NGINX = Path.of("docker/nginx/nginx.conf");
  private static final Path START = Path.of("docker/start.sh");
  private static final Path PRODUCTION_REALM =
      Path.of("config/keycloak/samsyn-realm-production.json");

  private static final Set<String> NODES = Set.of("app1", "app2");
  private static final Pattern REQUIRED_FROM_ENVIRONMENT =
      Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):\\?[^}]*}");

  private final Map<String, Object> compose = readCompose();
  private final Map<String, Map<String, Object>> services = map(compose.get("services"));

  @Test
  void onlyTheLoadBalancerIsPublished() {
    services.forEach(
        (name, service) -> {
          if (name.equals("loadbalancer")) {
            assertEquals(List.of("8080:80"), service.get("ports"));
          } else {
            assertFalse(service.containsKey("ports"), name + " publishes a port");
          }
          assertFalse(service.containsKey("network_mode"), name);
          assertTrue(networks(service).contains("samsyn"), name + " joins the compose network");
        });
  }

  @Test
  void keycloakImportsTheProductionTemplate() {
    Map<String, Object> keycloak = services.get("keycloak");
    assertTrue(String.valueOf(keycloak.get("command")).contains("--import-realm"));
    List<String> imports =
        strings(keycloak.get("volumes")).stream()
            .filter(v -> v.contains("/opt/keycloak/data/import/"))
            .toList();
    assertEquals(1, imports.size(), imports.toString());
    assertTrue(
        imports.get(0).startsWith("../" + PRODUCTION_REALM + ":"), "imports " + imports.get(0));
  }

  /** The template's placeholders for the web client are filled from Keycloak's environment. */
  @Test
  void keycloakHasEveryValueTheTemplatesClientNeeds() throws IOException {
    Map<String, Object> environment = map(services.get("keycloak").get("environment"));
    String template = Files.readString(PRODUCTION_REALM);
    Matcher placeholder = Pattern.compile("\\$\\{(SAMSYN_[A-Z0-9_]*)(:[^}]*)?}").matcher(template);
    Set<String> needed = new TreeSet<>();
    while (placeholder.find()) {
      if (placeholder.group(2) == null) {
        needed.add(placeholder.group(1));
      }
    }
    assertFalse(needed.isEmpty());
    assertTrue(environment.keySet().containsAll(needed), "missing " + needed);
  }

  @Test
  void secretsComeFromTheEnvironment() {
    services.forEach(
        (name, service) ->
            map(service.getOrDefault("environment", Map.of()))
                .forEach(
                    (key, value) -> {
                      if (key.matches(".*(PASSWORD|SECRET|SIGNING_KEY)")) {
                        assertTrue(
                            REQUIRED_FROM_ENVIRONMENT.matcher(String.valueOf(value)).matches(),
                            name + " " + key + " is written into compose.yaml");
                      }
                    }));
  }

  @Test
  void nodesSignSealsAndExportCheckpointsToAVolume() {
    for (String node : NODES) {
      Map<String, Object> environment = map(services.get(node).get("environment"));
      assertTrue(
          REQUIRED_FROM_ENVIRONMENT
              .matcher(String.valueOf(environment.get("SAMSYN_AUDIT_SIGNING_KEY")))
              .matches(),
          node);
      String directory = String.valueOf(environment.get("SAMSYN_AUDIT_CHECKPOINT_EXPORT_DIR"));
      assertTrue(
          strings(services.get(node).get("volumes")).stream()
              .anyMatch(v -> v.matches("[a-z]+:" + Pattern.quote(directory) + "(:.*)?")),
          node + " mounts a named volume at " + directory);
    }
  }

  @Test
  void nodesBelieveForwardedAddressesFromTheLoadBalancerOnly() {
    Map<String, Object> network = map(services.get("loadbalancer").get("networks"));
    String address = String.valueOf(map(network.get("samsyn")).get("ipv4_address"));
    Map<String, Object> ipam = map(map(map(compose.get("networks")).get("samsyn")).get("ipam"));
    String subnet = String.valueOf(map(((List<?>) ipam.get("config")).get(0)).get("subnet"));
    assertTrue(subnet.endsWith("/24"), subnet);
    assertTrue(
        address.startsWith(subnet.substring(0, subnet.lastIndexOf('.') + 1)),
        address + " in " + subnet);
    for (String node : NODES) {
      assertEquals(
          address, map(services.get(node).get("environment")).get("SAMSYN_HTTP_TRUSTED_PROXIES"));
    }
    assertEquals(
        address,
        map(services.get("keycloak").get("environment")).get("KC_PROXY_TRUSTED_ADDRESSES"));
  }

  /**
   * Each node's session ids end in its jvmRoute (its host name), and nginx sends a session back to
   * its node, with the other node as backup only.
   */
  @Test
  void sessionsStickToTheirNode() throws IOException {
    assertTrue(Files.readString(START).contains("-DjvmRoute=$(hostname)"));
    String nginx = Files.readString(NGINX);
    assertFalse(nginx.matches("(?s).*^\\s*ip_hash;.*"), "ip_hash sends all of one NAT to one node");
    Matcher map = Pattern.compile("map \\$cookie_JSESSIONID \\$(\\w+) \\{([^}]*)}").matcher(nginx);
    assertTrue(map.find(), "map on the session cookie");
    String variable = map.group(1);
    assertTrue(nginx.contains("proxy_pass http://$" + variable + ";"));
    Map<String, String> upstreams = upstreams(nginx);
    Set<String> hostnames = new TreeSet<>();
    for (String node : NODES) {
      String hostname = String.valueOf(services.get(node).get("hostname"));
      hostnames.add(hostname);
      Matcher route =
          Pattern.compile("~\\\\\\." + hostname + "\\$\\s+(\\w+);").matcher(map.group(2));
      assertTrue(route.find(), "route for ." + hostname);
      String upstream = upstreams.get(route.group(1));
      assertNotNull(upstream, route.group(1));
      List<String> servers =
          upstream.lines().map(String::trim).filter(l -> l.startsWith("server ")).toList();
      assertEquals(2, servers.size(), upstream);
      assertTrue(servers.get(0).startsWith("server " + hostname + ":8080"), servers.get(0));
      assertFalse(servers.get(0).contains("backup"), servers.get(0));
      assertTrue(servers.get(1).contains("backup"), servers.get(1));
      assertFalse(servers.get(1).contains(hostname + ":"), servers.get(1));
    }
    assertEquals(NODES, hostnames);
    Matcher fallback = Pattern.compile("default\\s+(\\w+);").matcher(map.group(2));
    assertTrue(fallback.find());
    assertNotEquals(null, upstreams.get(fallback.group(1)), "upstream for new sessions");
  }

  @Test
  void keycloakAdministrationStaysInside() throws IOException {
    String nginx = Files.readString(NGINX);
    assertTrue(nginx.contains("location /auth/admin/ {\n            return 404;"));
    assertTrue(nginx.contains("location /auth/realms/master/ {\n            return 404;"));
  }

  private static Map<String, String> upstreams(String nginx) {
    Map<String, String> upstreams = new HashMap<>();
    Matcher upstream = Pattern.compile("upstream (\\w+) \\{([^}]*)}").matcher(nginx);
    while (upstream.find()) {
      upstreams.put(upstream.group(1), upstream.group(2));
    }
    return upstreams;
  }

  private static Set<String> networks(Map<String, Object> service) {
    Object networks = service.get("networks");
    if (networks instanceof List<?> list) {
      return new TreeSet<>(strings(list));
    }
    return networks == null ? Set.of() : map(networks).keySet();
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> map(Object value) {
    assertTrue(value instanceof Map, "not a mapping: " + value);
    return (Map<String, V>) value;
  }

  private static List<String> strings(Object value) {
    return value == null ? List.of() : ((List<?>) value).stream().map(String::valueOf).toList();
  }

  private static Map<String, Object> readCompose() {
    try {
      return new Yaml().load(Files.readString(COMPOSE));
    } catch (IOException e) {
      throw new AssertionError("cannot read " + COMPOSE, e);
    }
  }
}
