package se.samsyn.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Request bodies a careless or hostile client sends for a given body record: mostly its own fields
 * with values of any JSON type (wrong types, unknown enum names, dates that do not exist, texts
 * longer than any column, control characters), sometimes unknown fields, and broken JSON.
 */
final class MalformedBodies {

  // sampleStream() is the part of jqwik's API that works outside its own engine, so a plain JUnit
  // test with the application's extensions can draw from it; it draws with a fresh seed each run.
  private final Iterator<String> samples;

  MalformedBodies(Class<?> bodyType) {
    this.samples = bodies(bodyType).sampleStream().iterator();
  }

  String next() {
    return samples.next();
  }

  static Arbitrary<String> bodies(Class<?> bodyType) {
    Arbitrary<String> structured = object(bodyType, 2).map(JsonValue::toString);
    Arbitrary<String> truncated =
        Combinators.combine(structured, Arbitraries.integers().between(0, 200))
            .as((text, cut) -> text.substring(0, Math.min(cut, text.length())));
    Arbitrary<String> broken =
        Arbitraries.of(
            "",
            " ",
            "null",
            "true",
            "42",
            "\"text\"",
            "[]",
            "[{}]",
            "{",
            "}",
            "{\"a\":",
            "{,}",
            "{\"a\":1,}",
            "{'a':1}",
            "{\"a\" 1}",
            "\u0000",
            "{\"a\":\"\\u0000\"}",
            "\uFEFF{}",
            "{\"a\":NaN}",
            "{\"a\":1e999999}",
            "[".repeat(2000));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, structured),
        net.jqwik.api.Tuple.of(2, truncated),
        net.jqwik.api.Tuple.of(1, broken));
  }

  /** An object with some of the record's fields, each of any JSON value, and maybe a stranger. */
  private static Arbitrary<JsonValue> object(Class<?> type, int depth) {
    List<RecordComponent> components =
        type.isRecord() ? Arrays.asList(type.getRecordComponents()) : List.of();
    List<Arbitrary<Field>> fields =
        components.stream()
            .map(
                c ->
                    value(c.getType(), c.getGenericType(), depth)
                        .map(v -> new Field(c.getName(), v))
                        .injectNull(0.2))
            .toList();
    Arbitrary<Field> stranger =
        Combinators.combine(
                Arbitraries.strings().ofMinLength(1).ofMaxLength(12), anyValue(depth - 1))
            .as(Field::new)
            .injectNull(0.8);
    return Combinators.combine(Combinators.combine(fields).as(list -> list), stranger)
        .as(
            (list, extra) -> {
              JsonObjectBuilder builder = Json.createObjectBuilder();
              list.stream().filter(f -> f != null).forEach(f -> builder.add(f.name(), f.value()));
              if (extra != null) {
                builder.add(extra.name(), extra.value());
              }
              return builder.build();
            });
  }

  private record Field(String name, JsonValue value) {}

  /** Mostly something near the field's type, often anything at all. */
  private static Arbitrary<JsonValue> value(Class<?> type, Type genericType, int depth) {
    Arbitrary<JsonValue> near = anyValue(depth - 1);
    if (type.isEnum()) {
      near =
          Arbitraries.oneOf(
              Arbitraries.of(type.getEnumConstants()).map(e -> Json.createValue(e.toString())),
              Arbitraries.of("UNKNOWN", "", "female", "Male ", "ÅÄÖ").map(Json::createValue));
    } else if (type.isRecord() && depth > 0) {
      near = object(type, depth - 1);
    } else if (type == java.time.LocalDate.class) {
      near = dates();
    } else if (java.util.Collection.class.isAssignableFrom(type)
        && genericType instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] instanceof Class<?> element) {
      near =
          value(element, element, depth - 1)
              .list()
              .ofMaxSize(12)
              .map(
                  values -> {
                    JsonArrayBuilder array = Json.createArrayBuilder();
                    values.forEach(array::add);
                    return array.build();
                  });
    } else if (type == String.class) {
      near = texts().map(Json::createValue);
    }
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, near), net.jqwik.api.Tuple.of(1, anyValue(depth - 1)));
  }

  private static Arbitrary<JsonValue> anyValue(int depth) {
    Arbitrary<JsonValue> scalar =
        Arbitraries.oneOf(
            texts().map(Json::createValue),
            dates(),
            Arbitraries.longs().map(Json::createValue),
            Arbitraries.of(
                    Json.createValue(new BigDecimal("1e400")),
                    Json.createValue(new BigDecimal("-0.5")),
                    Json.createValue(new BigDecimal("123456789012345678901234567890")))
                .map(v -> (JsonValue) v),
            Arbitraries.of(JsonValue.TRUE, JsonValue.FALSE, JsonValue.NULL));
    if (depth <= 0) {
      return scalar;
    }
    return Arbitraries.oneOf(
        scalar,
        scalar
            .list()
            .ofMaxSize(4)
            .map(
                values -> {
                  JsonArrayBuilder array = Json.createArrayBuilder();
                  values.forEach(array::add);
                  return (JsonValue) array.build();
                }),
        object(Object.class, depth - 1));
  }

  /** Dates in the right shape that may not exist (2026-02-30, month 13), and wrong shapes. */
  private static Arbitrary<JsonValue> dates() {
    Arbitrary<String> shaped =
        Combinators.combine(
                Arbitraries.integers().between(0, 10000),
                Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, 32))
            .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    return Arbitraries.oneOf(
            shaped, Arbitraries.of("2026-02-30", "2025-02-29", "30/02/2026", "2026-1-1", "today"))
        .map(Json::createValue);
  }

  /** Texts up to beyond the longest column, with control characters and other Unicode. */
  private static Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(5),
        Arbitraries.strings().alpha().ofMinLength(90).ofMaxLength(2100),
        Arbitraries.of(
            "19900317-2394", "x", " ", "<script>alert(1)</script>", "'; DROP TABLE x;--"));
  }
}
