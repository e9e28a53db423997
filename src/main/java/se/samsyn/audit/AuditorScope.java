package se.samsyn.audit;

import java.util.Optional;
import se.samsyn.organisation.AgencyCode;

/**
 * Whose log entries, consents and emergency accesses an auditor reviews: a member authority's
 * auditor those of their own authority, the förbund's auditor all. A login without a valid
 * authority has no scope at all, so it sees nothing whatever its roles (fail closed).
 *
 * @param authority the member authority, or empty for the whole förbund
 */
public record AuditorScope(Optional<AgencyCode> authority) {

  /** The auditor's scope, or empty if their login names no authority. */
  public static Optional<AuditorScope> of(Actor auditor) {
    return AgencyCode.parse(auditor.agency())
        .map(code -> new AuditorScope(code.isMember() ? Optional.of(code) : Optional.empty()));
  }

  public boolean isWholeForbund() {
    return authority.isEmpty();
  }

  /** Whether an entry, consent or access belonging to that authority is within the scope. */
  public boolean covers(String agency) {
    return authority.map(own -> own.value().equals(agency)).orElse(true);
  }
}
