package se.samsyn.participant;

import java.io.Serializable;

/**
 * One authority's identity data about a participant, as a form enters it. {@code protectedIdentity}
 * asks for the shared marker to be set; leaving it unticked never clears a marker that is set.
 */
public record IdentityDetails(
    String firstName,
    String lastName,
    Sex sex,
    String preferredLanguage,
    boolean interpreterNeeded,
    boolean protectedIdentity)
    implements Serializable {}
