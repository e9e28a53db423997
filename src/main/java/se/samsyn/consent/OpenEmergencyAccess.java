package se.samsyn.consent;

import java.io.Serializable;
import java.time.Instant;

/** A person the user may read under their own emergency access, until it expires. */
public record OpenEmergencyAccess(String participantReference, Instant expiresAt)
    implements Serializable {}
