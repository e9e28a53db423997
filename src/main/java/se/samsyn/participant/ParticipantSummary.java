package se.samsyn.participant;

import java.io.Serializable;

/** A participant as a list shows them: never an address, the number masked. */
public record ParticipantSummary(
    String reference,
    String maskedNumber,
    String firstName,
    String lastName,
    int age,
    boolean protectedIdentity)
    implements Serializable {}
