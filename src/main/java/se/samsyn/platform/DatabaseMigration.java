package se.samsyn.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. The migration scripts are
 * the only owner of the schema; they run unchanged on H2 and PostgreSQL.
 */
@DataSourceDefinition(
    name = DatabaseMigration.DATA_SOURCE,
    className = "${MPCONFIG=samsyn.db.driver}",
    url = "${MPCONFIG=samsyn.db.url}",
    user = "${MPCONFIG=samsyn.db.user}",
    password = "${MPCONFIG=samsyn.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/samsyn";

  private static final Logger LOGGER = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "samsyn.platform.demo-data", defaultValue = "false")
  private boolean demoData;

  @Inject
  @ConfigProperty(name = "samsyn.db.url")
  private String url;

  @Inject
  @ConfigProperty(name = "samsyn.db.user")
  private String applicationUser;

  /**
   * The schema's owner. On PostgreSQL the application's own login must not own the tables, or it
   * could switch off the access log's append-only triggers; unset (H2, or one login only), the
   * migrations run as the application.
   */
  @Inject
  @ConfigProperty(name = "samsyn.db.migration-user")
  private Optional<String> migrationUser;

  @Inject
  @ConfigProperty(name = "samsyn.db.migration-password")
  private Optional<String> migrationPassword;

  /**
   * db/vendor/&lt;database&gt; holds what only one database can do, such as PostgreSQL's triggers;
   * its versions fit between the shared ones.
   */
  private String vendor() {
    try (Connection connection = dataSource.getConnection()) {
      return connection
          .getMetaData()
          .getDatabaseProductName()
          .toLowerCase(Locale.ROOT)
          .replaceAll("[^a-z0-9]", "");
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached for its migrations", e);
    }
  }

  @PostConstruct
  void migrate() {
    List<String> locations =
        new ArrayList<>(List.of("classpath:db/migration", "classpath:db/vendor/" + vendor()));
    if (demoData) {
      locations.add("classpath:db/demo");
    }
    FluentConfiguration configuration = Flyway.configure(getClass().getClassLoader());
    if (migrationUser.isPresent()) {
      configuration.dataSource(url, migrationUser.get(), migrationPassword.orElse(null));
    } else {
      configuration.dataSource(dataSource);
    }
    MigrateResult result =
        configuration
            .locations(locations.toArray(String[]::new))
            // The vendor scripts grant the application's login what it may do.
            .placeholders(Map.of("appUser", applicationUser))
            .load()
            .migrate();
    LOGGER.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied as "
                + migrationUser.orElse(applicationUser)
                + ", demo data "
                + (demoData ? "on" : "off")
                + ")");
  }
}
