package se.samsyn.test;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo realm as the tests import it: the web client knows the test application's address (login
 * return, logout return, back-channel logout) and its access tokens live {@link
 * #BROWSER_TOKEN_LIFESPAN}, so that a test of a session following Keycloak waits seconds, not
 * minutes. The demo realm itself keeps five minutes and the developer's address.
 */
public final class TestRealm {

  public static final Duration BROWSER_TOKEN_LIFESPAN = Duration.ofSeconds(30);

  private static final String WEB_CLIENT = "samsyn-web";

  private TestRealm() {}

  /**
   * Writes the test realm beside the build's output, for the shared application at the base URL and
   * further instances, such as a cluster, that may log in too (back-channel logout goes to the
   * shared application only).
   */
  public static Path forApplicationAt(Path demoRealm, String baseUrl, String... others) {
    Path target = Path.of("target", "keycloak-test-realm.json");
    try (Reader in = Files.newBufferedReader(demoRealm);
        JsonReader reader = Json.createReader(in);
        Writer out = Files.newBufferedWriter(target);
        JsonWriter writer = Json.createWriter(out)) {
      writer.writeObject(withTestClient(reader.readObject(), baseUrl, others));
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonObject withTestClient(JsonObject realm, String baseUrl, String... others) {
    var clients = Json.createArrayBuilder();
    for (JsonValue client : realm.getJsonArray("clients")) {
      JsonObject c = client.asJsonObject();
      clients.add(WEB_CLIENT.equals(c.getString("clientId")) ? forTests(c, baseUrl, others) : c);
    }
    return Json.createObjectBuilder(realm).add("clients", clients).build();
  }

  private static JsonObject forTests(JsonObject client, String baseUrl, String... others) {
    List<String> all = Stream.concat(Stream.of(baseUrl), Stream.of(others)).toList();
    JsonObjectBuilder attributes = Json.createObjectBuilder(client.getJsonObject("attributes"));
    attributes.add("access.token.lifespan", String.valueOf(BROWSER_TOKEN_LIFESPAN.toSeconds()));
    attributes.add("backchannel.logout.url", baseUrl + "/backchannel-logout");
    attributes.add(
        "post.logout.redirect.uris", String.join("##", all.stream().map(u -> u + "/").toList()));
    return Json.createObjectBuilder(client)
        .add("redirectUris", array(all.stream().map(u -> u + "/callback").toList()))
        .add("webOrigins", array(all))
        .add("attributes", attributes)
        .build();
  }

  private static JsonArray array(List<String> values) {
    var array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array.build();
  }
}
