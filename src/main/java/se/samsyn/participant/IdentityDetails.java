package se.samsyn.participant;

import java.io.Serializable;

/** The identity data all authorities share about a participant. */
public record IdentityDetails(
    String firstName,
    String lastName,
    Sex sex,
    String preferredLanguage,
    boolean interpreterNeeded,
    boolean protectedIdentity)
    implements Serializable {}
