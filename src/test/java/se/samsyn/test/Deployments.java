package se.samsyn.test;

import com.nimbusds.jose.JWSAlgorithm;
import java.io.File;
import java.net.URISyntaxException;
import org.apache.commons.csv.CSVFormat;
import org.flywaydb.core.Flyway;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.omnifaces.util.Faces;
import org.postgresql.Driver;
import org.primefaces.PrimeFaces;

/**
 * The deployments of the integration tests. A feature's archive holds that feature's package, the
 * platform it stands on and the libraries it needs, never hand-picked classes; the application
 * archive is the WAR the build has just packaged, exactly as it is shipped.
 */
public final class Deployments {

  private static final String ROOT = "se.samsyn";

  private Deployments() {}

  /** The platform plus the given feature packages (with their sub-packages). */
  public static WebArchive feature(String... features) {
    WebArchive archive =
        ShrinkWrap.create(WebArchive.class, "samsyn-" + String.join("-", features) + ".war")
            .addPackages(true, ROOT + ".platform")
            .addAsResource("META-INF/persistence.xml")
            .addAsResource("db/migration")
            .addAsResource("db/demo")
            .addAsWebInfResource(new File("src/main/webapp/WEB-INF/beans.xml"), "beans.xml")
            .addAsLibraries(
                jarOf(Flyway.class),
                jarOf(PostgreSQLConfigurationExtension.class),
                jarOf(Driver.class),
                jarOf(PrimeFaces.class),
                jarOf(Faces.class),
                jarOf(JWSAlgorithm.class),
                jarOf(CSVFormat.class));
    for (String feature : features) {
      archive.addPackages(true, ROOT + "." + feature);
    }
    return archive;
  }

  /** The packaged application at context root "/". */
  public static WebArchive application() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/samsyn.war"))
        .as(WebArchive.class);
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
