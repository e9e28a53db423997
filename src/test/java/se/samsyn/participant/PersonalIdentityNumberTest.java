package se.samsyn.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.samsyn.participant.PersonalIdentityNumber.InvalidReason;

/**
 * Only Skatteverket's published test numbers are used: formally valid and never assigned to a real
 * person. A sample of that list is kept beside this test (test-personnummer-sample.txt).
 */
class PersonalIdentityNumberTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @ParameterizedTest
  @ValueSource(
      strings = {"199003172393", "19900317-2393", "900317-2393", "9003172393", "  19900317-2393 "})
  void acceptsEveryWayPeopleWriteTheSameNumber(String text) {
    assertEquals("199003172393", parse(text).value());
  }

  @Test
  void thePlusSeparatorMeansOneHundredYearsOrOlder() {
    assertEquals("189611039802", parse("961103+9802").value());
  }

  @Test
  void theCenturyMakesThePersonAtMost99YearsOldWithoutPlus() {
    assertEquals("202203112384", parse("220311-2384").value());
    assertEquals("195510222259", parse("551022-2259").value());
    assertEquals("190108049800", parse("010804+9800").value());
  }

  @Test
  void aDateAfterTodayBelongsToTheCenturyBefore() {
    LocalDate dayBeforeBirthday = LocalDate.of(2055, 10, 21);

    assertEquals(
        "195510222259",
        PersonalIdentityNumber.parse("551022-2259", dayBeforeBirthday)
            .number()
            .orElseThrow()
            .value());
    assertEquals(
        InvalidReason.DATE,
        PersonalIdentityNumber.parse("20220311-2384", LocalDate.of(2022, 3, 10))
            .reason()
            .orElseThrow(),
        "a 12-digit number born tomorrow does not exist yet");
  }

  @Test
  void theLegalSexIsInTheNinthDigit() {
    assertEquals(LegalSex.MALE, parse("19900317-2393").legalSex());
    assertEquals(LegalSex.FEMALE, parse("19961211-2384").legalSex());
  }

  @Test
  void derivesBirthDateAndAge() {
    PersonalIdentityNumber number = parse("19900317-2393");

    assertEquals(LocalDate.of(1990, 3, 17), number.birthDate());
    assertEquals(36, number.ageOn(TODAY));
    assertEquals(35, number.ageOn(LocalDate.of(2026, 3, 16)));
  }

  @Test
  void aCoordinationNumberHasTheDayPlus60() {
    String coordination = withCheckDigit("9003772393".substring(0, 9));
    PersonalIdentityNumber number = parse("19" + coordination);

    assertTrue(number.isCoordinationNumber());
    assertEquals(LocalDate.of(1990, 3, 17), number.birthDate());
    assertFalse(parse("19900317-2393").isCoordinationNumber());
    assertEquals(InvalidReason.DATE, reason("19" + withCheckDigit("900392239")));
  }

  @Test
  void leapDaysExistOnlyInLeapYears() {
    assertTrue(
        PersonalIdentityNumber.parse("20000229" + lastFour("000229"), TODAY).number().isPresent());
    assertEquals(InvalidReason.DATE, reason("19000229" + lastFour("000229")));
    assertEquals(InvalidReason.DATE, reason("20230229" + lastFour("230229")));
  }

  @ParameterizedTest
  @CsvSource({
    "19900317-2394, CHECK_DIGIT",
    "19901317-2393, DATE",
    "19900332-2393, DATE",
    "19900300-2393, DATE",
    "1990-03-17-2393, FORMAT",
    "19900317-239, FORMAT",
    "abcdefgh-ijkl, FORMAT",
    "19900317+2393, FORMAT",
    "9003172393x, FORMAT"
  })
  void saysWhatIsWrong(String text, InvalidReason expected) {
    assertEquals(expected, reason(text));
  }

  @ParameterizedTest
  @MethodSource("sampleOfTheList")
  void theIndividualNumber000IsNeverIssuedWhateverTheCheckDigit(String listNumber) {
    String withCheckDigit =
        listNumber.substring(0, 2) + withCheckDigit(listNumber.substring(2, 8) + "000");
    String withWrongCheckDigit =
        withCheckDigit.substring(0, 11) + (char) ('0' + (withCheckDigit.charAt(11) - '0' + 1) % 10);

    assertTrue(sampleOfTheList().noneMatch(withCheckDigit::equals), "the list never holds 000");
    assertEquals(InvalidReason.INDIVIDUAL_NUMBER, reason(withCheckDigit));
    assertEquals(InvalidReason.INDIVIDUAL_NUMBER, reason(withWrongCheckDigit));
    assertEquals(
        InvalidReason.INDIVIDUAL_NUMBER,
        reason(withCheckDigit.substring(2, 8) + "-" + withCheckDigit.substring(8)));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "-"})
  void nothingIsAFormatError(String text) {
    assertEquals(InvalidReason.FORMAT, reason(text));
  }

  @Test
  void showsTheNumberMaskedUnlessAskedFor() {
    PersonalIdentityNumber number = parse("19900317-2393");

    assertEquals("19900317-****", number.masked());
    assertEquals("19900317-****", number.toString());
    assertEquals("19900317-2393", number.formatted());
  }

  @Test
  void equalNumbersWhateverTheirWriting() {
    assertEquals(parse("900317-2393"), parse("199003172393"));
    assertEquals(parse("900317-2393").hashCode(), parse("199003172393").hashCode());
  }

  @Test
  void storedValuesAreReadBackAndGarbageIsRefused() {
    PersonalIdentityNumberConverter converter = new PersonalIdentityNumberConverter();

    assertEquals(
        parse("19900317-2393"),
        converter.convertToEntityAttribute(
            converter.convertToDatabaseColumn(parse("19900317-2393"))));
    assertThrows(IllegalArgumentException.class, () -> PersonalIdentityNumber.of("19900317-2393"));
    assertThrows(IllegalArgumentException.class, () -> PersonalIdentityNumber.of("199003172394"));
  }

  @ParameterizedTest
  @MethodSource("sampleOfTheList")
  void everyListNumberReadsTheSameInEveryWrittenForm(String number) {
    PersonalIdentityNumber parsed = parse(number);
    String tenDigits = number.substring(2, 8) + number.substring(8);
    String separator = parsed.ageOn(TODAY) >= 100 ? "+" : "-";

    assertEquals(number, parsed.value());
    assertEquals(number, parse(parsed.formatted()).value());
    assertEquals(
        number, parse(tenDigits.substring(0, 6) + separator + number.substring(8)).value());
    assertEquals(number.substring(0, 4), String.valueOf(parsed.birthDate().getYear()));
  }

  @Test
  void theListsLeapDayNumbersAreBornOnTheTwentyNinthOfFebruary() {
    List<String> leapDay =
        sampleOfTheList().filter(number -> number.startsWith("0229", 4)).toList();

    assertEquals(27, leapDay.size(), "the list has 27 numbers born on 29 February");
    for (String number : leapDay) {
      LocalDate born = parse(number).birthDate();
      assertEquals(MonthDay.of(2, 29), MonthDay.from(born), number);
    }
  }

  @Test
  void aPlusMarksSomeoneOneHundredFromTheirBirthdayOn() {
    LocalDate hundredth = LocalDate.of(2025, 1, 1);

    assertEquals(
        "192501019216",
        PersonalIdentityNumber.tryParse("250101+9216", hundredth).orElseThrow().value());
    assertEquals(
        "192501019216",
        PersonalIdentityNumber.tryParse("250101-9216", hundredth.minusDays(1))
            .orElseThrow()
            .value(),
        "the day before, a minus still means the twentieth century");
    assertEquals(
        100,
        PersonalIdentityNumber.tryParse("250101+9216", hundredth).orElseThrow().ageOn(hundredth));
  }

  private static Stream<String> sampleOfTheList() {
    try (var lines =
        new BufferedReader(
            new InputStreamReader(
                PersonalIdentityNumberTest.class.getResourceAsStream(
                    "test-personnummer-sample.txt"),
                StandardCharsets.UTF_8))) {
      return lines.lines().filter(line -> !line.startsWith("#")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PersonalIdentityNumber parse(String text) {
    return PersonalIdentityNumber.parse(text, TODAY).number().orElseThrow();
  }

  private static InvalidReason reason(String text) {
    return PersonalIdentityNumber.parse(text, TODAY).reason().orElseThrow();
  }

  /** Test-only Luhn, written independently of the class under test, for derived numbers. */
  private static String withCheckDigit(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int product = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += product / 10 + product % 10;
    }
    return nineDigits + (10 - sum % 10) % 10;
  }

  private static String lastFour(String sixDigits) {
    return withCheckDigit(sixDigits + "238").substring(6);
  }
}
