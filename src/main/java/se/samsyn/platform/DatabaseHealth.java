package se.samsyn.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Answers whether the database can be reached right now. */
@ApplicationScoped
public class DatabaseHealth {

  private static final Logger LOGGER = Logger.getLogger(DatabaseHealth.class.getName());
  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  public boolean isUp() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(TIMEOUT_SECONDS);
    } catch (SQLException e) {
      LOGGER.log(Level.WARNING, "Database health check failed", e);
      return false;
    }
  }
}
