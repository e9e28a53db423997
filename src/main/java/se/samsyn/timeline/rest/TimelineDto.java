package se.samsyn.timeline.rest;

import java.time.LocalDate;
import java.util.List;
import se.samsyn.consent.InformationCategory;
import se.samsyn.timeline.Timeline;
import se.samsyn.timeline.TimelineEntry;

public record TimelineDto(List<EntryDto> entries, int hiddenCount, int restrictedCount) {

  static TimelineDto of(Timeline timeline) {
    return new TimelineDto(
        timeline.entries().stream().map(EntryDto::of).toList(),
        timeline.hiddenCount(),
        timeline.restrictedCount());
  }

  public record EntryDto(
      String type,
      String id,
      String authority,
      String author,
      InformationCategory category,
      LocalDate date,
      String kind,
      String text) {

    static EntryDto of(TimelineEntry entry) {
      return new EntryDto(
          entry.recordType(),
          entry.recordId(),
          entry.authorAgency(),
          entry.authorName(),
          entry.category(),
          entry.date(),
          entry.kind(),
          entry.text());
    }
  }
}
