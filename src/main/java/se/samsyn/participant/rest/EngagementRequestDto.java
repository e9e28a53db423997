package se.samsyn.participant.rest;

import java.time.LocalDate;

public record EngagementRequestDto(Long unitId, LocalDate startDate) {}
