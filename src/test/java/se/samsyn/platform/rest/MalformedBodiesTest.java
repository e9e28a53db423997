package se.samsyn.platform.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samsyn.participant.rest.ParticipantRegistrationDto;

/** The generator itself, without the application: it varies and it breaks things. */
class MalformedBodiesTest {

  @Test
  void theBodiesVaryAndSomeAreNoJsonAtAll() {
    MalformedBodies bodies = new MalformedBodies(ParticipantRegistrationDto.class);
    Set<String> seen = new HashSet<>();
    int broken = 0;
    int withContact = 0;
    for (int i = 0; i < 500; i++) {
      String body = bodies.next();
      seen.add(body);
      if (!body.startsWith("{") || !body.endsWith("}")) {
        broken++;
      }
      if (body.contains("\"contact\":{")) {
        withContact++;
      }
    }
    assertTrue(seen.size() > 400, "distinct bodies: " + seen.size());
    assertTrue(broken > 50, "broken bodies: " + broken);
    assertTrue(withContact > 20, "nested records filled in: " + withContact);
  }
}
