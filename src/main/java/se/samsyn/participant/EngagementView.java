package se.samsyn.participant;

import java.io.Serializable;
import java.time.LocalDate;

public record EngagementView(
    long id,
    String unitName,
    String responsibleName,
    LocalDate startDate,
    LocalDate endDate,
    String closureReason,
    EngagementStatus status,
    long version)
    implements Serializable {

  public boolean open() {
    return status == EngagementStatus.OPEN;
  }
}
