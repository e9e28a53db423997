package se.samsyn.timeline;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.samsyn.audit.AccessAction;
import se.samsyn.audit.Actor;
import se.samsyn.consent.DisclosedRecord;
import se.samsyn.consent.Disclosure;
import se.samsyn.consent.DisclosureGate;
import se.samsyn.consent.InformationCategory;
import se.samsyn.consent.ParticipantRegister;

/**
 * One timeline of a participant merging the records of every authority, each put through the
 * disclosure gate: the user sees their own authority's records and what a consent lets through, and
 * only the number of the others — counting only the records of authorities that have themselves
 * told the user's authority they are involved, so that the count reveals no one.
 */
@Stateless
public class TimelineService {

  private static final Comparator<TimelineEntry> NEWEST_FIRST =
      Comparator.comparing(TimelineEntry::date)
          .thenComparing(TimelineEntry::recordType)
          .thenComparing(TimelineEntry::recordId)
          .reversed();

  @Inject @Any private Instance<TimelineSource> sources;
  @Inject private ParticipantRegister participants;
  @Inject private DisclosureGate gate;

  /** The timeline, or empty if the user may not see the participant at all (logged). */
  public Optional<Timeline> timeline(Actor actor, String reference) {
    Optional<Long> participantId = participants.idOf(reference);
    if (participantId.isEmpty()) {
      gate.refuseUnknown(
          actor, reference, InformationCategory.IDENTITY_AND_CONTACT, AccessAction.READ);
      return Optional.empty();
    }
    long id = participantId.get();
    Disclosure identity =
        gate.decideParticipant(
            actor, id, reference, InformationCategory.IDENTITY_AND_CONTACT, AccessAction.READ);
    if (!identity.permitted()) {
      return Optional.empty();
    }
    List<TimelineEntry> entries = new ArrayList<>();
    sources.forEach(source -> entries.addAll(source.entries(id)));
    List<Disclosure> decisions =
        gate.decideAll(
            actor,
            id,
            entries.stream()
                .map(
                    entry ->
                        new DisclosedRecord(
                            id,
                            entry.recordType(),
                            entry.recordId(),
                            entry.author(),
                            entry.category()))
                .toList(),
            AccessAction.READ);
    List<TimelineEntry> shown = new ArrayList<>();
    int hidden = 0;
    int restricted = 0;
    for (int i = 0; i < entries.size(); i++) {
      Disclosure disclosure = decisions.get(i);
      if (disclosure.permitted()) {
        shown.add(entries.get(i));
      } else if (!disclosure.counted()) {
        continue;
      } else if (disclosure.restricted()) {
        restricted++;
      } else {
        hidden++;
      }
    }
    shown.sort(NEWEST_FIRST);
    return Optional.of(new Timeline(List.copyOf(shown), hidden, restricted));
  }
}
