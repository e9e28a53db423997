package se.samsyn.organisation;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifies one authority for the consent rule: {@code FK}, {@code AF}, {@code REGION}, {@code
 * FORBUND}, or a municipality as {@code KOMMUN-<municipality number>}. Two municipalities of one
 * förbund are two authorities, which is why the municipality number is part of the code.
 */
public final class AgencyCode implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The longest code, as its columns hold it ({@code KOMMUN-0181} is 11). */
  public static final int MAX_LENGTH = 20;

  private static final Pattern MUNICIPALITY = Pattern.compile("KOMMUN-(\\d{4})");

  private final String value;
  private final AgencyKind kind;

  private AgencyCode(String value, AgencyKind kind) {
    this.value = value;
    this.kind = kind;
  }

  /**
   * @throws IllegalArgumentException if the text is no valid authority code
   */
  public static AgencyCode of(String text) {
    if (text == null) {
      throw new IllegalArgumentException("An authority code is required");
    }
    Matcher municipality = MUNICIPALITY.matcher(text);
    if (municipality.matches()) {
      return new AgencyCode(text, AgencyKind.KOMMUN);
    }
    for (AgencyKind kind : AgencyKind.values()) {
      if (kind != AgencyKind.KOMMUN && kind.name().equals(text)) {
        return new AgencyCode(text, kind);
      }
    }
    throw new IllegalArgumentException("Not an authority code: " + text);
  }

  /** The code the text names, or empty (a missing or unknown code names no authority). */
  public static Optional<AgencyCode> parse(String text) {
    try {
      return Optional.of(of(text));
    } catch (IllegalArgumentException notACode) {
      return Optional.empty();
    }
  }

  /** Whether this is one of the förbund's member authorities (not the förbund's own staff). */
  public boolean isMember() {
    return kind != AgencyKind.FORBUND;
  }

  public AgencyKind kind() {
    return kind;
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AgencyCode code && value.equals(code.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
