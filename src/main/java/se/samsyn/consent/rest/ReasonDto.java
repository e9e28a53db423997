package se.samsyn.consent.rest;

/** Why a consent is withdrawn or a restriction lifted. */
public record ReasonDto(String reason) {}
