package se.samsyn.consent;

import se.samsyn.organisation.AgencyCode;

/** A participant and an authority whose records about them may reach a reader. */
public record DisclosedSource(long participantId, AgencyCode author) {}
