package se.samsyn.test;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Pattern;

/** What a user must never see: a stack trace or the name of an exception. */
public final class NoInternals {

  private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(");
  private static final Pattern EXCEPTION_MESSAGE =
      Pattern.compile("\\b[a-z][\\w]*(\\.[\\w$]+)+(Exception|Error)\\b(?!['\"])");

  private NoInternals() {}

  public static void assertNoInternals(String body) {
    assertFalse(STACK_FRAME.matcher(body).find(), "a stack frame in: " + body);
    assertFalse(EXCEPTION_MESSAGE.matcher(body).find(), "an exception name in: " + body);
    assertFalse(body.contains("Caused by"), "a cause chain in: " + body);
  }
}
