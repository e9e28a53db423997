package se.samsyn.participant.rest;

public record SearchDto(String query, Integer first, Integer pageSize) {}
