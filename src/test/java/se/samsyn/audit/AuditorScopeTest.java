package se.samsyn.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditorScopeTest {

  @Test
  void aLoginWithoutAValidAuthorityHasNoScope() {
    assertEquals(Optional.empty(), AuditorScope.of(auditor(null)));
    assertEquals(Optional.empty(), AuditorScope.of(auditor("")));
    assertEquals(Optional.empty(), AuditorScope.of(auditor("KOMMUN")));
    assertEquals(Optional.empty(), AuditorScope.of(auditor("fk")));
  }

  @Test
  void aMemberAuthoritysAuditorCoversItsOwnAuthorityOnly() {
    AuditorScope fk = AuditorScope.of(auditor("FK")).orElseThrow();

    assertFalse(fk.isWholeForbund());
    assertTrue(fk.covers("FK"));
    assertFalse(fk.covers("AF"));
    assertFalse(fk.covers(null));
  }

  @Test
  void theForbundsAuditorCoversEverything() {
    AuditorScope forbund = AuditorScope.of(auditor("FORBUND")).orElseThrow();

    assertTrue(forbund.isWholeForbund());
    assertTrue(forbund.covers("KOMMUN-0181"));
  }

  private static Actor auditor(String agency) {
    return new Actor("s", "u", agency, null, "auditor", null, null);
  }
}
