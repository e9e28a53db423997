package se.samsyn.audit.verifier;

import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The access log's CSV: what Swedish Excel opens as it is (semicolons, UTF-8 with BOM), every field
 * the seal covers plus the seal, written by the application and read back by the verifier. An empty
 * field is a missing value, a quoted empty one an empty text.
 */
public final class LogCsv {

  public static final List<String> COLUMNS =
      List.of(
          "position",
          "occurredAt",
          "staffSubject",
          "username",
          "agency",
          "unit",
          "roles",
          "clientAddress",
          "sessionHash",
          "participantId",
          "recordType",
          "recordId",
          "category",
          "action",
          "decision",
          "basis",
          "basisReference",
          "recordAgency",
          "seal");

  public static final CSVFormat FORMAT =
      CSVFormat.EXCEL
          .builder()
          .setDelimiter(';')
          .setNullString("")
          .setQuoteMode(QuoteMode.ALL_NON_NULL)
          .setHeader(COLUMNS.toArray(String[]::new))
          .get();

  /** What makes a spreadsheet read a cell as a formula, and the mark that defuses it. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private static final char DEFUSED = '\'';

  private LogCsv() {}

  /**
   * A cell a spreadsheet will not run: one starting like a formula gets a leading apostrophe, and
   * so does one that already starts with an apostrophe, so that {@link #restore} is exact.
   */
  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    return FORMULA_STARTS.indexOf(first) >= 0 || first == DEFUSED ? DEFUSED + cell : cell;
  }

  /** The value as it was before {@link #neutralise}. */
  public static String restore(String cell) {
    return cell != null && !cell.isEmpty() && cell.charAt(0) == DEFUSED ? cell.substring(1) : cell;
  }
}
