package se.samsyn.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import se.samsyn.consent.InformationCategory;
import se.samsyn.organisation.OrganisationService;
import se.samsyn.organisation.Unit;
import se.samsyn.timeline.TimelineEntry;
import se.samsyn.timeline.TimelineSource;

/** Every authority's engagements and identity changes, for the gated timeline. */
@ApplicationScoped
public class ParticipantRecords implements TimelineSource {

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @Inject private ParticipantRepository repository;
  @Inject private OrganisationService organisation;

  @Override
  public List<TimelineEntry> entries(long participantId) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (Engagement engagement : repository.allEngagements(participantId)) {
      String unit = organisation.unit(engagement.getUnitId()).map(Unit::getName).orElse("");
      entries.add(
          new TimelineEntry(
              "engagement",
              String.valueOf(engagement.getId()),
              engagement.getAgency(),
              unit,
              InformationCategory.ENGAGEMENTS,
              engagement.getStartDate(),
              "timeline.engagement." + engagement.getStatus(),
              engagement.getEndDate() == null ? unit : unit + " – " + engagement.getEndDate()));
    }
    for (IdentityChange change : repository.allIdentityChanges(participantId)) {
      entries.add(
          new TimelineEntry(
              "identity-change",
              String.valueOf(change.getId()),
              change.getAgency(),
              change.getChangedBy(),
              InformationCategory.IDENTITY_AND_CONTACT,
              change.getChangedAt().atZone(SWEDEN).toLocalDate(),
              "participant.history.field." + change.getField(),
              (change.getOldValue() == null ? "" : change.getOldValue() + " → ")
                  + change.getNewValue()));
    }
    return entries;
  }
}
