package se.samsyn.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** An RFC 9457 problem response body; {@code errors} names the fields a request got wrong. */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public record FieldError(String field, String message) {}

  public static final String MEDIA_TYPE = "application/problem+json";

  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  public static Response response(Response.Status status, String detail) {
    return response(status.getStatusCode(), status.getReasonPhrase(), detail);
  }

  public static Response response(int status, String title, String detail) {
    return Response.status(status)
        .type(MediaType.valueOf(MEDIA_TYPE))
        .entity(new Problem("about:blank", title, status, detail, null))
        .build();
  }

  /** 400 naming each field that is wrong and why, in the words of the UI bundle. */
  static Response validation(Locale locale, List<InvalidRequestException.Violation> violations) {
    List<FieldError> errors =
        violations.stream()
            .map(v -> new FieldError(v.field(), text(locale, v.messageKey(), v.parameters())))
            .toList();
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.valueOf(MEDIA_TYPE))
        .entity(
            new Problem(
                "about:blank", "Bad Request", 400, text(locale, "rest.invalidFields"), errors))
        .build();
  }

  /** 400 for a rule about one field: the rule's text, and the field named with it. */
  static Response fieldRule(String field, String text) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.valueOf(MEDIA_TYPE))
        .entity(
            new Problem(
                "about:blank", "Bad Request", 400, text, List.of(new FieldError(field, text))))
        .build();
  }

  /**
   * Swedish for a caller who prefers it over English in {@code Accept-Language}; otherwise English,
   * the API's language for clients that state none.
   */
  static Locale locale(HttpHeaders headers) {
    if (headers == null) {
      return Locale.ENGLISH;
    }
    for (Locale acceptable : headers.getAcceptableLanguages()) {
      if (acceptable.getLanguage().equals("sv")) {
        return SWEDISH;
      }
      if (acceptable.getLanguage().equals("en")) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }

  static String text(Locale locale, String messageKey, Object... parameters) {
    ResourceBundle messages =
        ResourceBundle.getBundle(
            "se.samsyn.platform.i18n.messages",
            locale,
            Problem.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    if (!messages.containsKey(messageKey)) {
      return messageKey;
    }
    String text = messages.getString(messageKey);
    return parameters == null || parameters.length == 0
        ? text
        : new MessageFormat(text, locale).format(parameters);
  }
}
