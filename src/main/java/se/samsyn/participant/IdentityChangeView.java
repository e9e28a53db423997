package se.samsyn.participant;

import java.io.Serializable;
import java.time.Instant;

public record IdentityChangeView(
    String field,
    String oldValue,
    String newValue,
    String changedBy,
    Instant changedAt,
    String reason)
    implements Serializable {}
