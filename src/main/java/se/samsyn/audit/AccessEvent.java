package se.samsyn.audit;

/**
 * What was accessed and what was decided. {@code participantId} is null for a search that found
 * nobody; {@code basisReference} is a consent id or the reason for a refusal. Never case content.
 */
public record AccessEvent(
    Long participantId,
    String recordType,
    String recordId,
    String category,
    AccessAction action,
    AccessDecision decision,
    AccessBasis basis,
    String basisReference) {}
