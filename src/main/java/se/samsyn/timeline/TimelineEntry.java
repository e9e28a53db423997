package se.samsyn.timeline;

import java.io.Serializable;
import java.time.LocalDate;
import se.samsyn.consent.InformationCategory;
import se.samsyn.organisation.AgencyCode;

/**
 * One dated record on a participant's timeline: what kind it is (a message key), whose it is, the
 * kind of information it holds and a short text.
 */
public record TimelineEntry(
    String recordType,
    String recordId,
    AgencyCode author,
    String authorName,
    InformationCategory category,
    LocalDate date,
    String kind,
    String text)
    implements Serializable {

  public String authorAgency() {
    return author.value();
  }
}
