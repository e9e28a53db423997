package se.samsyn.participant.rest;

import se.samsyn.participant.ParticipantSummary;

public record ParticipantSummaryDto(
    String reference,
    String maskedNumber,
    String firstName,
    String lastName,
    int age,
    boolean protectedIdentity) {

  static ParticipantSummaryDto of(ParticipantSummary summary) {
    return new ParticipantSummaryDto(
        summary.reference(),
        summary.maskedNumber(),
        summary.firstName(),
        summary.lastName(),
        summary.age(),
        summary.protectedIdentity());
  }
}
