package se.samsyn.consent;

import se.samsyn.organisation.AgencyCode;

/**
 * An authority whose records of some category about a participant a consent lets reach a reader.
 */
public record DisclosedSource(long participantId, AgencyCode author) {}
