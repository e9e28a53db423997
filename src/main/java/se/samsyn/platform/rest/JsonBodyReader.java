package se.samsyn.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.samsyn.platform.rest.InvalidRequestException.Violation;

/**
 * Reads the application's request records from JSON so that every mistake in a body is a 400 naming
 * its field. JSON-B alone reports the first failure without the property's name, and Jersey turns
 * it into a 500; so the body is first parsed as a JSON object and each component is bound on its
 * own, collecting every unknown field, wrong type, unknown enum value, impossible date and control
 * character before the record is built.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonBodyReader implements MessageBodyReader<Record> {

  private static final String BODY = "body";
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord()
        && type.getName().startsWith("se.samsyn.")
        && MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType);
  }

  @Override
  public Record readFrom(
      Class<Record> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    byte[] bytes = entityStream.readAllBytes();
    if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      throw InvalidRequestException.of(BODY, "rest.body.missing");
    }
    JsonValue value;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
      value = reader.readValue();
    } catch (RuntimeException e) {
      // JsonException for broken text, a plain RuntimeException for nesting beyond Parsson's limit.
      throw InvalidRequestException.of(BODY, "rest.body.malformed");
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw InvalidRequestException.of(BODY, "rest.body.notObject");
    }
    JsonObject object = value.asJsonObject();
    List<Violation> violations = new ArrayList<>();
    check(type, object, "", violations);
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(violations);
    }
    try {
      return JSONB.fromJson(object.toString(), genericType);
    } catch (RuntimeException e) {
      // Every component bound on its own above; what is left is a rule of the record itself.
      throw InvalidRequestException.of(BODY, "rest.body.invalid");
    }
  }

  private static void check(
      Class<?> recordType, JsonObject object, String prefix, List<Violation> violations) {
    RecordComponent[] components = recordType.getRecordComponents();
    Set<String> names =
        Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
    object.keySet().stream()
        .filter(key -> !names.contains(key))
        .sorted()
        .forEach(key -> violations.add(new Violation(prefix + key, "rest.field.unknown")));
    for (RecordComponent component : components) {
      String field = prefix + component.getName();
      JsonValue value = object.get(component.getName());
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        if (component.getType().isPrimitive() && value != null) {
          violations.add(new Violation(field, "rest.field.required"));
        }
        continue;
      }
      if (hasControlCharacter(value)) {
        violations.add(new Violation(field, "rest.field.controlCharacter"));
      } else if (component.getType().isRecord()
          && value.getValueType() == JsonValue.ValueType.OBJECT) {
        check(component.getType(), value.asJsonObject(), field + ".", violations);
      } else if (!binds(value, component.getGenericType())) {
        violations.add(wrongValue(field, component.getType(), component.getGenericType()));
      }
    }
  }

  private static boolean binds(JsonValue value, Type type) {
    try {
      // JSON-B reads a bare "12" into a string and a bare true into a number: insist on the type.
      Class<?> raw = raw(type);
      if (raw == String.class && value.getValueType() != JsonValue.ValueType.STRING) {
        return false;
      }
      if (Collection.class.isAssignableFrom(raw)
          && value.getValueType() != JsonValue.ValueType.ARRAY) {
        return false;
      }
      // JSON-B narrows a number that does not fit (9223372036854775807 into an int is -1).
      if (value instanceof JsonNumber number) {
        if (raw == Integer.class || raw == int.class) {
          number.bigDecimalValue().intValueExact();
        } else if (raw == Long.class || raw == long.class) {
          number.bigDecimalValue().longValueExact();
        }
      }
      JSONB.fromJson(value.toString(), type);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static Violation wrongValue(String field, Class<?> type, Type genericType) {
    Class<?> element = type;
    if (Collection.class.isAssignableFrom(type) && genericType instanceof ParameterizedType p) {
      element = raw(p.getActualTypeArguments()[0]);
    }
    if (element.isEnum()) {
      String allowed =
          Arrays.stream(element.getEnumConstants())
              .map(constant -> ((Enum<?>) constant).name())
              .collect(Collectors.joining(", "));
      return new Violation(field, "rest.field.oneOf", allowed);
    }
    if (element == LocalDate.class) {
      return new Violation(field, "rest.field.date");
    }
    if (Temporal.class.isAssignableFrom(element)) {
      return new Violation(field, "rest.field.instant");
    }
    if (element == boolean.class || element == Boolean.class) {
      return new Violation(field, "rest.field.boolean");
    }
    if (element.isPrimitive() || Number.class.isAssignableFrom(element)) {
      return new Violation(field, "rest.field.number");
    }
    if (element == String.class) {
      return new Violation(field, "rest.field.text");
    }
    return new Violation(field, "rest.field.invalid");
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }

  /** Line breaks and tabs are text; any other control character is not (C0, DEL, C1). */
  private static boolean hasControlCharacter(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString().chars().anyMatch(JsonBodyReader::isControl);
      case ARRAY -> ((JsonArray) value).stream().anyMatch(JsonBodyReader::hasControlCharacter);
      default -> false;
    };
  }

  private static boolean isControl(int c) {
    return c != '\n' && c != '\r' && c != '\t' && Character.isISOControl(c);
  }
}
