package se.samsyn.platform.rest;

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

  public static Response response(Response.Status status, String detail) {
    return response(status.getStatusCode(), status.getReasonPhrase(), detail);
  }

  public static Response response(int status, String title, String detail) {
    return Response.status(status)
        .type(MediaType.valueOf(MEDIA_TYPE))
        .entity(new Problem("about:blank", title, status, detail, null))
        .build();
  }

  /** 400 naming the field that is wrong and why, in the words of the UI bundle (English). */
  public static Response validation(String field, String messageKey) {
    String message = englishText(messageKey);
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.valueOf(MEDIA_TYPE))
        .entity(
            new Problem(
                "about:blank",
                "Bad Request",
                400,
                "The request has invalid fields",
                List.of(new FieldError(field, message))))
        .build();
  }

  /** API clients get the UI's texts in English. */
  static String englishText(String messageKey, Object... parameters) {
    ResourceBundle messages =
        ResourceBundle.getBundle(
            "se.samsyn.platform.i18n.messages", Locale.ENGLISH, Problem.class.getClassLoader());
    if (!messages.containsKey(messageKey)) {
      return messageKey;
    }
    String text = messages.getString(messageKey);
    return parameters.length == 0 ? text : MessageFormat.format(text, parameters);
  }
}
