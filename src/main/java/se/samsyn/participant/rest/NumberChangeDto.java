package se.samsyn.participant.rest;

/** The participant's new personal identity number and why it changed. */
public record NumberChangeDto(String newNumber, String reason) {}
