package se.samsyn.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyCodeTest {

  @ParameterizedTest
  @CsvSource({
    "FK, FK",
    "AF, AF",
    "REGION, REGION",
    "FORBUND, FORBUND",
    "KOMMUN-0181, KOMMUN",
    "KOMMUN-0140, KOMMUN"
  })
  void acceptsTheAuthoritiesOfAForbund(String code, AgencyKind kind) {
    assertEquals(kind, AgencyCode.of(code).kind());
    assertEquals(code, AgencyCode.of(code).value());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "KOMMUN", "KOMMUN-181", "KOMMUN-01810", "fk", "SKATTEVERKET", " FK"})
  void refusesAnythingElse(String code) {
    assertThrows(IllegalArgumentException.class, () -> AgencyCode.of(code));
  }

  @Test
  void twoMunicipalitiesAreTwoAuthorities() {
    assertNotEquals(AgencyCode.of("KOMMUN-0181"), AgencyCode.of("KOMMUN-0140"));
    assertEquals(AgencyCode.of("KOMMUN-0181"), AgencyCode.of("KOMMUN-0181"));
  }
}
