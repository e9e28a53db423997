package se.samsyn.consent;

import se.samsyn.organisation.AgencyCode;

/** A record about a participant as the gate sees it: whose it is and what kind of information. */
public record DisclosedRecord(
    long participantId,
    String recordType,
    String recordId,
    AgencyCode author,
    InformationCategory category) {}
