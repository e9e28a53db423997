package se.samsyn.participant.rest;

/** Why the protected-identity marker is lifted. */
public record LiftingDto(String reason) {}
