package se.samsyn.consent;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A consent another authority recorded that awaits the reader's authority's answer. */
public record AwaitingConsent(
    long consentId,
    String participantReference,
    String recordedByAgency,
    Instant recordedAt,
    LocalDate validUntil)
    implements Serializable {}
