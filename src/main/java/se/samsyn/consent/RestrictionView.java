package se.samsyn.consent;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** A restriction as the engaged authorities see it. */
public record RestrictionView(
    long id,
    String agency,
    Set<InformationCategory> categories,
    String reason,
    String recordedBy,
    String recordedByAgency,
    Instant recordedAt,
    Instant liftedAt,
    String liftedBy,
    String liftingReason)
    implements Serializable {

  static RestrictionView of(Restriction restriction) {
    return new RestrictionView(
        restriction.getId(),
        restriction.getAgency(),
        Set.copyOf(restriction.getCategories()),
        restriction.getReason(),
        restriction.getRecordedBy(),
        restriction.getRecordedByAgency(),
        restriction.getRecordedAt(),
        restriction.getLiftedAt(),
        restriction.getLiftedBy(),
        restriction.getLiftingReason());
  }
}
