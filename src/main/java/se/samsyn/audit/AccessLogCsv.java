package se.samsyn.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVPrinter;
import se.samsyn.audit.verifier.LogCsv;

/**
 * Access-log entries as {@link LogCsv}: every sealed field and the seal, so the stand-alone
 * verifier can check an export; cells a spreadsheet would run are neutralised.
 */
final class AccessLogCsv {

  private AccessLogCsv() {}

  static CSVPrinter printer(OutputStream output) throws IOException {
    Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
    writer.write('\ufeff');
    return new CSVPrinter(writer, LogCsv.FORMAT);
  }

  /** One entry and its seal (null while unsealed). */
  static void print(CSVPrinter printer, AccessLogEntry entry, String seal) throws IOException {
    printer.printRecord(
        cells(
            String.valueOf(entry.getId()),
            entry.getOccurredAt().toString(),
            entry.getStaffSubject(),
            entry.getUsername(),
            entry.getAgency(),
            entry.getUnit(),
            entry.getRoles(),
            entry.getClientAddress(),
            entry.getSessionHash(),
            entry.getParticipantId() == null ? null : entry.getParticipantId().toString(),
            entry.getRecordType(),
            entry.getRecordId(),
            entry.getCategory(),
            entry.getAction().name(),
            entry.getDecision().name(),
            entry.getBasis().name(),
            entry.getBasisReference(),
            entry.getRecordAgency(),
            seal == null ? null : seal.strip()));
  }

  private static Object[] cells(String... values) {
    Object[] cells = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      cells[i] = LogCsv.neutralise(values[i]);
    }
    return cells;
  }
}
