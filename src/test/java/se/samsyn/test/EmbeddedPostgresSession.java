package se.samsyn.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs a real PostgreSQL for the whole test session when the build asks for one (system property
 * {@code samsyn.test.postgresql.port}), before Payara Micro is started with it. As in production
 * there are two logins: {@code samsyn_owner} owns database {@code samsyn} and runs the migrations,
 * {@code samsyn} is the application's, with only the rights the migrations grant it.
 */
public class EmbeddedPostgresSession implements LauncherSessionListener {

  public static final String PORT_PROPERTY = "samsyn.test.postgresql.port";
  public static final String OWNER = "samsyn_owner";
  public static final String OWNER_PASSWORD = "samsyn-owner-test";
  public static final String APPLICATION = "samsyn";
  public static final String APPLICATION_PASSWORD = "samsyn-test";

  private EmbeddedPostgres postgres;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String port = System.getProperty(PORT_PROPERTY);
    if (port == null) {
      return;
    }
    postgres = startWithLogins(Integer.parseInt(port), Map.of());
  }

  /**
   * Starts PostgreSQL on the port with database {@code samsyn}, the two logins and statement
   * statistics (pg_stat_statements); the benchmark passes settings of its own (a log file).
   */
  public static EmbeddedPostgres startWithLogins(int port, Map<String, String> serverConfig) {
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setPort(port)
              // What SqlStatements counts the application's statements with.
              .setServerConfig("shared_preload_libraries", "pg_stat_statements");
      serverConfig.forEach(builder::setServerConfig);
      EmbeddedPostgres started = builder.start();
      try (Connection connection = started.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE ROLE " + OWNER + " LOGIN PASSWORD '" + OWNER_PASSWORD + "'");
        statement.execute(
            "CREATE ROLE " + APPLICATION + " LOGIN PASSWORD '" + APPLICATION_PASSWORD + "'");
        statement.execute("CREATE DATABASE samsyn OWNER " + OWNER);
      }
      try (Connection connection = started.getDatabase("postgres", "samsyn").getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE EXTENSION pg_stat_statements");
      }
      return started;
    } catch (IOException e) {
      throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
    } catch (SQLException e) {
      throw new IllegalStateException("Embedded PostgreSQL could not be prepared", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
