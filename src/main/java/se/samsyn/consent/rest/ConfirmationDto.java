package se.samsyn.consent.rest;

/**
 * On what the caller's authority confirms a consent: {@code SIGNED_FORM_SEEN}, {@code
 * PRESENT_WHEN_GIVEN} or {@code OTHER} (then {@code text} says what).
 */
public record ConfirmationDto(String basis, String text) {}
