package se.samsyn.timeline;

import java.io.Serializable;
import java.util.List;

/**
 * What the user may see of a participant's records, newest first, and how many records of other
 * authorities are not shown: those that need a consent, and those a restriction (spärr) withholds.
 */
public record Timeline(List<TimelineEntry> entries, int hiddenCount, int restrictedCount)
    implements Serializable {}
