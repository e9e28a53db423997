package se.samsyn.participant.rest;

import java.time.LocalDate;

public record ClosureDto(LocalDate endDate, String reason, long version) {}
