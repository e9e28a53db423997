package se.samsyn.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.samsyn.platform.rest.InvalidRequestException.Violation;

/**
 * Bean Validation of a request body ({@code @Valid @NotNull} on a resource's body parameter, the
 * limits on the records) as a 400 naming each field: {@code body} for a missing body, else the path
 * inside it ({@code contact.city}).
 */
@Provider
public class ConstraintViolationExceptionMapper
    implements ExceptionMapper<ConstraintViolationException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<Violation> violations =
        exception.getConstraintViolations().stream()
            .map(ConstraintViolationExceptionMapper::violation)
            .sorted(Comparator.comparing(Violation::field))
            .toList();
    return Problem.validation(Problem.locale(headers), violations);
  }

  private static Violation violation(ConstraintViolation<?> violation) {
    String field = field(violation.getPropertyPath());
    Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
    if (constraint instanceof Size size) {
      return new Violation(field, "rest.field.tooLong", size.max());
    }
    if (constraint instanceof NotNull) {
      return new Violation(
          field, field.equals("body") ? "rest.body.missing" : "rest.field.required");
    }
    return new Violation(field, "rest.field.invalid");
  }

  /** The path below the method's body parameter; the parameter itself is the body. */
  private static String field(Path path) {
    List<String> names = new ArrayList<>();
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PROPERTY) {
        names.add(node.getName());
      }
    }
    return names.isEmpty() ? "body" : String.join(".", names);
  }
}
