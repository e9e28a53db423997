package se.samsyn.participant.rest;

public record ReferenceDto(String reference) {}
