package se.samsyn.benchmark.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows streamed into one table with PostgreSQL's COPY (text format): the only way to load millions
 * of rows in minutes. A value is written as its text; null as COPY's {@code \N}.
 */
final class CopyRows implements AutoCloseable {

  private final Appendable out;
  private boolean firstInRow = true;

  CopyRows(Connection connection, String table, String columns) throws SQLException {
    this.out = open(connection, table, columns);
  }

  /**
   * Rows collected in memory, for a table whose rows are made together with another's (a COPY has
   * the connection to itself); {@link #copy} sends them.
   */
  CopyRows(StringBuilder collected) {
    this.out = collected;
  }

  static void copy(Connection connection, String table, String columns, CharSequence rows)
      throws SQLException, IOException {
    try (Writer out = open(connection, table, columns)) {
      out.append(rows);
    }
  }

  private static Writer open(Connection connection, String table, String columns)
      throws SQLException {
    PGConnection pg = connection.unwrap(PGConnection.class);
    return new BufferedWriter(
        new OutputStreamWriter(
            new PGCopyOutputStream(pg, "COPY " + table + " (" + columns + ") FROM STDIN", 1 << 16),
            StandardCharsets.UTF_8),
        1 << 16);
  }

  CopyRows add(String value) throws IOException {
    if (!firstInRow) {
      out.append('\t');
    }
    firstInRow = false;
    if (value == null) {
      out.append("\\N");
      return this;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return this;
  }

  CopyRows add(long value) throws IOException {
    return add(Long.toString(value));
  }

  CopyRows add(Long value) throws IOException {
    return add(value == null ? null : value.toString());
  }

  CopyRows add(boolean value) throws IOException {
    return add(value ? "t" : "f");
  }

  CopyRows add(Instant value) throws IOException {
    return add(value == null ? null : value.toString());
  }

  CopyRows add(LocalDate value) throws IOException {
    return add(value == null ? null : value.toString());
  }

  void endRow() throws IOException {
    out.append('\n');
    firstInRow = true;
  }

  /** Ends the COPY: the rows are in the table (within the connection's transaction). */
  @Override
  public void close() throws IOException {
    if (out instanceof Writer writer) {
      writer.close();
    }
  }
}
