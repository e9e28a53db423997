package se.samsyn.participant;

/**
 * Two participants turned out to be one person: every feature moves its records of the duplicate to
 * the survivor, in the transaction of the merge, keeping their authoring authorities. The access
 * log keeps the duplicate's id: it is never rewritten.
 */
public record ParticipantsMerged(long survivorId, long duplicateId) {}
