package se.samsyn.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samsyn.test.Api.json;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.test.Api;
import se.samsyn.test.DemoUser;
import se.samsyn.test.KeycloakExtension;
import se.samsyn.test.RunningApplication;
import se.samsyn.test.Tokens;

/** Two people editing the same contact details: the second is told, the first is kept. */
@ExtendWith({KeycloakExtension.class, RunningApplication.class})
class ContactEditsApiIT {

  @Test
  void theSecondOfTwoEditsOfOneVersionIsA412AndTheFirstIsKept()
      throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String reference = Api.registerParticipant(fk, "197911132384", "Vera", "Versionsson");
    String path = "/api/participants/" + reference;
    String etag = Api.ok(Api.get(fk, path)).headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> first =
        Api.send(fk, "PUT", path + "/contact", "{\"city\":\"Södertälje\"}", ifMatch(etag));
    HttpResponse<String> second =
        Api.send(fk, "PUT", path + "/contact", "{\"city\":\"Nykvarn\"}", ifMatch(etag));

    assertEquals(204, first.statusCode(), first.body());
    assertEquals(412, second.statusCode(), second.body());
    HttpResponse<String> now = Api.ok(Api.get(fk, path));
    assertEquals(
        "Södertälje", json(now.body()).asJsonObject().getJsonObject("contact").getString("city"));
    String newTag = now.headers().firstValue("ETag").orElseThrow();
    assertEquals(
        204,
        Api.send(fk, "PUT", path + "/contact", "{\"city\":\"Nykvarn\"}", ifMatch(newTag))
            .statusCode(),
        "read again, the edit goes through");
  }

  @Test
  void anEditThatDoesNotSayWhichVersionItEditsIsA428() throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String reference = Api.registerParticipant(fk, "197902182398", "Ulla", "Utanversion");

    HttpResponse<String> withoutIfMatch =
        Api.send(fk, "PUT", "/api/participants/" + reference + "/contact", "{\"city\":\"Järna\"}");
    HttpResponse<String> weak =
        Api.send(
            fk,
            "PUT",
            "/api/participants/" + reference + "/contact",
            "{\"city\":\"Järna\"}",
            ifMatch("W/\"1\""));

    assertEquals(428, withoutIfMatch.statusCode(), withoutIfMatch.body());
    assertEquals(412, weak.statusCode(), weak.body());
  }

  private static Map<String, String> ifMatch(String etag) {
    return Map.of("If-Match", etag);
  }
}
