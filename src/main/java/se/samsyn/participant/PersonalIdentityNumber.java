package se.samsyn.participant;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personal identity number (personnummer) or coordination number (samordningsnummer, day
 * of birth + 60), which can only hold a valid number. Stored in its canonical 12-digit form.
 */
public final class PersonalIdentityNumber implements Serializable {

  /** Why a text is not a personal identity number. */
  public enum InvalidReason {
    FORMAT,
    DATE,
    /** The individual number (digits 9–11) is 000, which Skatteverket never issues. */
    INDIVIDUAL_NUMBER,
    CHECK_DIGIT
  }

  /** The outcome of reading a text: a number, or the reason it is none. */
  public record Parsed(Optional<PersonalIdentityNumber> number, Optional<InvalidReason> reason) {

    static Parsed valid(PersonalIdentityNumber number) {
      return new Parsed(Optional.of(number), Optional.empty());
    }

    static Parsed invalid(InvalidReason reason) {
      return new Parsed(Optional.empty(), Optional.of(reason));
    }
  }

  /** The longest way people write a number: {@code YYYYMMDD-NNNC}. */
  public static final int MAX_WRITTEN_LENGTH = 13;

  private static final long serialVersionUID = 1L;
  private static final int COORDINATION_DAY_OFFSET = 60;
  private static final Pattern TWELVE_DIGITS = Pattern.compile("(\\d{8})-?(\\d{4})");
  private static final Pattern TEN_DIGITS = Pattern.compile("(\\d{6})([-+]?)(\\d{4})");

  private final String value;

  private PersonalIdentityNumber(String value) {
    this.value = value;
  }

  /**
   * Reads a number as people write it: {@code YYYYMMDD-NNNC}, {@code YYYYMMDDNNNC}, {@code
   * YYMMDD-NNNC}, {@code YYMMDDNNNC}, or {@code YYMMDD+NNNC} for someone 100 years or older. The
   * century of a 10-digit number is the one that makes the person at most 99 years old on {@code
   * today}, or 100 or older with {@code +}. Never throws for bad input.
   */
  public static Parsed parse(String text, LocalDate today) {
    if (text == null) {
      return Parsed.invalid(InvalidReason.FORMAT);
    }
    String input = text.strip();
    Matcher twelve = TWELVE_DIGITS.matcher(input);
    if (twelve.matches()) {
      return check(twelve.group(1) + twelve.group(2), today);
    }
    Matcher ten = TEN_DIGITS.matcher(input);
    if (!ten.matches()) {
      return Parsed.invalid(InvalidReason.FORMAT);
    }
    String digits = ten.group(1) + ten.group(3);
    Optional<Integer> century = century(digits, "+".equals(ten.group(2)), today);
    return century.map(c -> check(c + digits, today)).orElse(Parsed.invalid(InvalidReason.DATE));
  }

  /** The number, or empty when the text is none. */
  public static Optional<PersonalIdentityNumber> tryParse(String text, LocalDate today) {
    return parse(text, today).number();
  }

  /**
   * @throws IllegalArgumentException if the text is not a valid canonical 12-digit number
   */
  public static PersonalIdentityNumber of(String canonical) {
    if (canonical == null || !canonical.matches("\\d{12}")) {
      throw new IllegalArgumentException("Not a 12-digit personal identity number");
    }
    return check(canonical, null)
        .number()
        .orElseThrow(() -> new IllegalArgumentException("Not a valid personal identity number"));
  }

  private static Optional<Integer> century(
      String tenDigits, boolean hundredOrOlder, LocalDate today) {
    int twoDigitYear = Integer.parseInt(tenDigits.substring(0, 2));
    int year = today.getYear() - Math.floorMod(today.getYear() - twoDigitYear, 100);
    Optional<LocalDate> birth = birthDate(year, tenDigits.substring(2, 6));
    if (birth.isEmpty()) {
      return Optional.empty();
    }
    if (birth.get().isAfter(today)) {
      year -= 100;
    }
    if (hundredOrOlder) {
      year -= 100;
    }
    return Optional.of(year / 100);
  }

  private static Parsed check(String twelveDigits, LocalDate today) {
    Optional<LocalDate> birth =
        birthDate(Integer.parseInt(twelveDigits.substring(0, 4)), twelveDigits.substring(4, 8));
    if (birth.isEmpty() || (today != null && birth.get().isAfter(today))) {
      return Parsed.invalid(InvalidReason.DATE);
    }
    if (twelveDigits.startsWith("000", 8)) {
      return Parsed.invalid(InvalidReason.INDIVIDUAL_NUMBER);
    }
    if (!luhnValid(twelveDigits.substring(2))) {
      return Parsed.invalid(InvalidReason.CHECK_DIGIT);
    }
    return Parsed.valid(new PersonalIdentityNumber(twelveDigits));
  }

  private static Optional<LocalDate> birthDate(int year, String monthAndDay) {
    int month = Integer.parseInt(monthAndDay.substring(0, 2));
    int day = Integer.parseInt(monthAndDay.substring(2, 4));
    if (day > COORDINATION_DAY_OFFSET) {
      day -= COORDINATION_DAY_OFFSET;
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static boolean luhnValid(String tenDigits) {
    int sum = 0;
    for (int i = 0; i < tenDigits.length(); i++) {
      int digit = tenDigits.charAt(i) - '0';
      int weighted = i % 2 == 0 ? digit * 2 : digit;
      sum += weighted > 9 ? weighted - 9 : weighted;
    }
    return sum % 10 == 0;
  }

  public String value() {
    return value;
  }

  public boolean isCoordinationNumber() {
    return Integer.parseInt(value.substring(6, 8)) > COORDINATION_DAY_OFFSET;
  }

  public LocalDate birthDate() {
    return birthDate(Integer.parseInt(value.substring(0, 4)), value.substring(4, 8)).orElseThrow();
  }

  public LegalSex legalSex() {
    return (value.charAt(10) - '0') % 2 == 1 ? LegalSex.MALE : LegalSex.FEMALE;
  }

  public int ageOn(LocalDate day) {
    return Period.between(birthDate(), day).getYears();
  }

  /** {@code YYYYMMDD-NNNC} */
  public String formatted() {
    return value.substring(0, 8) + "-" + value.substring(8);
  }

  /** {@code YYYYMMDD-****}: enough to tell people apart in a list, not enough to identify one. */
  public String masked() {
    return value.substring(0, 8) + "-****";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PersonalIdentityNumber number && value.equals(number.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Masked, so that a number never ends up in a log by way of string concatenation. */
  @Override
  public String toString() {
    return masked();
  }
}
