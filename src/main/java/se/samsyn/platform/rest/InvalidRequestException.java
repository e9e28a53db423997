package se.samsyn.platform.rest;

import java.util.List;

/**
 * A request body or field the API cannot accept, each bad field named with a bundle key; answered
 * as a 400 problem document in the caller's language by {@link InvalidRequestExceptionMapper}.
 */
public class InvalidRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A field of the body ({@code contact.city}, or {@code body} for the whole) and why. */
  public record Violation(String field, String messageKey, Object... parameters) {}

  private final transient List<Violation> violations;

  public InvalidRequestException(List<Violation> violations) {
    super("Invalid request: " + violations.stream().map(Violation::field).toList());
    this.violations = List.copyOf(violations);
  }

  public static InvalidRequestException of(String field, String messageKey, Object... parameters) {
    return new InvalidRequestException(List.of(new Violation(field, messageKey, parameters)));
  }

  public List<Violation> violations() {
    return violations;
  }
}
