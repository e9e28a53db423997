package se.samsyn.participant;

import java.util.List;

/** One page of search results and how many there are in all. */
public record SearchPage(List<ParticipantSummary> participants, long total) {}
