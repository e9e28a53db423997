package se.samsyn.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Access-log entries as CSV that Swedish Excel opens as it is: semicolons, UTF-8 with BOM. */
public final class AccessLogCsv {

  private static final CSVFormat FORMAT =
      CSVFormat.EXCEL
          .builder()
          .setDelimiter(';')
          .setHeader(
              "position",
              "occurredAt",
              "username",
              "agency",
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
              "recordAgency")
          .get();

  private AccessLogCsv() {}

  public static void write(List<LoggedAccess> entries, OutputStream output) throws IOException {
    Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
    writer.write('\ufeff');
    try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
      for (LoggedAccess entry : entries) {
        printer.printRecord(
            entry.position(),
            entry.occurredAt(),
            entry.username(),
            entry.agency(),
            entry.roles(),
            entry.clientAddress(),
            entry.sessionHash(),
            entry.participantId(),
            entry.recordType(),
            entry.recordId(),
            entry.category(),
            entry.action(),
            entry.decision(),
            entry.basis(),
            entry.basisReference(),
            entry.recordAgency());
      }
    }
  }
}
