package se.samsyn.timeline;

import java.util.List;

/**
 * A feature that has records about participants to show on their timeline. Implementations hand
 * over every record of every authority; only {@link TimelineService} reads them, and it puts each
 * one through the disclosure gate before anyone sees it.
 */
public interface TimelineSource {

  List<TimelineEntry> entries(long participantId);
}
