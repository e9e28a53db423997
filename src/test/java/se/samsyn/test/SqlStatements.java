package se.samsyn.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Counts the SQL statements the application's database login runs, as PostgreSQL's
 * pg_stat_statements sees them (the embedded PostgreSQL of the test run loads it). Read through the
 * superuser, which may reset the counts; the statements of other logins, such as the migration
 * owner's, are not counted.
 */
public final class SqlStatements {

  /**
   * The statements {@code s} of the application's login; BEGIN and COMMIT frame them but are not
   * what a request asks of the database.
   */
  private static final String APPLICATION_STATEMENTS =
      " FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid WHERE r.rolname = '"
          + EmbeddedPostgresSession.APPLICATION
          + "' AND upper(s.query) NOT IN ('BEGIN', 'COMMIT', 'ROLLBACK')";

  private SqlStatements() {}

  public static void reset() {
    reset(testRunPort());
  }

  public static void reset(int port) {
    query(port, "SELECT pg_stat_statements_reset()");
  }

  /** The statements the application's login has run since the last {@link #reset()}. */
  public static long sinceReset() {
    return sinceReset(testRunPort());
  }

  /** The same on the PostgreSQL at that port (the benchmark's). */
  public static long sinceReset(int port) {
    return query(port, "SELECT COALESCE(SUM(s.calls), 0)" + APPLICATION_STATEMENTS);
  }

  /** Each statement since the last {@link #reset()} with how often it ran, for a failure. */
  public static String listSinceReset() {
    return withConnection(
        testRunPort(),
        statement -> {
          StringBuilder list = new StringBuilder();
          try (ResultSet result =
              statement.executeQuery(
                  "SELECT s.calls, s.query"
                      + APPLICATION_STATEMENTS
                      + " ORDER BY s.calls DESC, s.query")) {
            while (result.next()) {
              list.append("\n  ")
                  .append(result.getLong(1))
                  .append("× ")
                  .append(result.getString(2));
            }
          }
          return list.toString();
        });
  }

  /**
   * The application's statements that took PostgreSQL the most time since the last reset, as rows
   * of a Markdown table: total ms, calls, mean ms, the statement's start.
   */
  public static String busiestSinceReset(int port, int limit) {
    return withConnection(
        port,
        statement -> {
          StringBuilder rows = new StringBuilder();
          try (ResultSet result =
              statement.executeQuery(
                  "SELECT round(s.total_exec_time), s.calls, round(s.mean_exec_time::numeric, 2),"
                      + " left(regexp_replace(s.query, '\\s+', ' ', 'g'), 160)"
                      + APPLICATION_STATEMENTS
                      + " ORDER BY s.total_exec_time DESC LIMIT "
                      + limit)) {
            while (result.next()) {
              rows.append(
                  String.format(
                      "| %s | %d | %s | `%s` |%n",
                      result.getString(1),
                      result.getLong(2),
                      result.getString(3),
                      result.getString(4).replace("|", "\\|")));
            }
          }
          return rows.toString();
        });
  }

  private static long query(int port, String sql) {
    return withConnection(
        port,
        statement -> {
          try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getObject(1) instanceof Number number ? number.longValue() : 0L;
          }
        });
  }

  private interface Work<T> {
    T on(Statement statement) throws SQLException;
  }

  private static int testRunPort() {
    String port = System.getProperty(EmbeddedPostgresSession.PORT_PROPERTY);
    if (port == null) {
      throw new IllegalStateException("Counting statements needs the run on PostgreSQL");
    }
    return Integer.parseInt(port);
  }

  private static <T> T withConnection(int port, Work<T> work) {
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/samsyn", "postgres", "");
        Statement statement = connection.createStatement()) {
      return work.on(statement);
    } catch (SQLException e) {
      throw new IllegalStateException("pg_stat_statements could not be read", e);
    }
  }
}
