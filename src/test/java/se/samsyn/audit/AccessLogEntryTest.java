package se.samsyn.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.samsyn.organisation.AgencyCode;

class AccessLogEntryTest {

  private static final Actor ACTOR =
      new Actor("sub", "af.handlaggare", "AF", null, "case-worker", "127.0.0.1", null);
  private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

  @Test
  void anEntryWithoutTheRecordsAuthorityHashesAsEntriesSealedBeforeTheFieldExisted() {
    AccessLogEntry entry = new AccessLogEntry(ACTOR, event(null), NOW);

    assertEquals(
        String.join(
            "\u001f",
            "null",
            "2026-11-30T08:00:00Z",
            "sub",
            "af.handlaggare",
            "AF",
            "null",
            "case-worker",
            "127.0.0.1",
            "null",
            "7",
            "note",
            "12",
            "NOTES",
            "READ",
            "REFUSED",
            "NONE",
            "no consent"),
        entry.canonical());
  }

  @Test
  void theRecordsAuthorityIsSealedWhenKnown() {
    String without = new AccessLogEntry(ACTOR, event(null), NOW).canonical();
    String fk = new AccessLogEntry(ACTOR, event(AgencyCode.of("FK")), NOW).canonical();
    String region = new AccessLogEntry(ACTOR, event(AgencyCode.of("REGION")), NOW).canonical();

    assertEquals(without + "\u001fFK", fk);
    assertNotEquals(fk, region);
  }

  private static AccessEvent event(AgencyCode recordAgency) {
    return new AccessEvent(
        7L,
        "note",
        "12",
        "NOTES",
        AccessAction.READ,
        AccessDecision.REFUSED,
        AccessBasis.NONE,
        "no consent",
        recordAgency);
  }
}
