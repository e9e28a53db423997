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

  /** Writes the test realm for the application at that base URL beside the build's output. */
  public static Path forApplicationAt(Path demoRealm, String baseUrl) {
    Path target = Path.of("target", "keycloak-test-realm.json");
    try (Reader in = Files.newBufferedReader(demoRealm);
        JsonReader reader = Json.createReader(in);
        Writer out = Files.newBufferedWriter(target);
        JsonWriter writer = Json.createWriter(out)) {
      writer.writeObject(withTestClient(reader.readObject(), baseUrl));
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonObject withTestClient(JsonObject realm, String baseUrl) {
    var clients = Json.createArrayBuilder();
    for (JsonValue client : realm.getJsonArray("clients")) {
      JsonObject c = client.asJsonObject();
      clients.add(WEB_CLIENT.equals(c.getString("clientId")) ? forTests(c, baseUrl) : c);
    }
    return Json.createObjectBuilder(realm).add("clients", clients).build();
  }

  private static JsonObject forTests(JsonObject client, String baseUrl) {
    JsonObjectBuilder attributes = Json.createObjectBuilder(client.getJsonObject("attributes"));
    attributes.add("access.token.lifespan", String.valueOf(BROWSER_TOKEN_LIFESPAN.toSeconds()));
    attributes.add("backchannel.logout.url", baseUrl + "/backchannel-logout");
    attributes.add("post.logout.redirect.uris", baseUrl + "/");
    return Json.createObjectBuilder(client)
        .add("redirectUris", only(baseUrl + "/callback"))
        .add("webOrigins", only(baseUrl))
        .add("attributes", attributes)
        .build();
  }

  private static JsonArray only(String value) {
    return Json.createArrayBuilder().add(value).build();
  }
}
