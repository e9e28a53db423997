package se.samsyn.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.samsyn.benchmark.dataset.GeneratedStaff;
import se.samsyn.test.TestRealm;

/**
 * The realm of one benchmark run: the demo realm's clients, roles and user profile (as the tests
 * import it, for the application's address) with the generated staff as its users. Their passwords
 * are hashed with one iteration, since they are test data and every virtual user logs in.
 */
final class BenchmarkRealm {

  static final String PASSWORD = "benchmark";

  private BenchmarkRealm() {}

  static Path write(Path demoRealm, String baseUrl, List<GeneratedStaff> staff, Path target) {
    Path testRealm = TestRealm.forApplicationAt(demoRealm, baseUrl);
    try (Reader in = Files.newBufferedReader(testRealm);
        JsonReader reader = Json.createReader(in);
        Writer out = Files.newBufferedWriter(target);
        JsonWriter writer = Json.createWriter(out)) {
      JsonObject realm = reader.readObject();
      JsonArrayBuilder users = Json.createArrayBuilder();
      staff.forEach(member -> users.add(user(member)));
      writer.writeObject(
          Json.createObjectBuilder(realm)
              .add("passwordPolicy", "hashIterations(1)")
              // Thousands of logins from one address in seconds are the point, not an attack.
              .add("bruteForceProtected", false)
              .add("users", users)
              .build());
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonObject user(GeneratedStaff member) {
    JsonArrayBuilder roles = Json.createArrayBuilder();
    member.roles().forEach(roles::add);
    return Json.createObjectBuilder()
        // The staff table and the access log already name the member by this subject.
        .add("id", member.subject())
        .add("username", member.username())
        .add("enabled", true)
        .add("emailVerified", true)
        .add("firstName", member.firstName())
        .add("lastName", member.lastName())
        .add("email", member.email())
        .add(
            "attributes",
            Json.createObjectBuilder()
                .add("agency", Json.createArrayBuilder().add(member.agency())))
        .add(
            "credentials",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("type", "password")
                        .add("value", PASSWORD)
                        .add("temporary", false)))
        .add("realmRoles", roles)
        .build();
  }
}
