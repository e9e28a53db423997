package se.samsyn.participant;

import java.io.Serializable;

/** Another authority's identity record as the gate disclosed it, labelled with that authority. */
public record AuthorityIdentity(
    String agency,
    String firstName,
    String lastName,
    Sex sex,
    String preferredLanguage,
    boolean interpreterNeeded)
    implements Serializable {}
