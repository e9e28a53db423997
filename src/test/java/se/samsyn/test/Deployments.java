package se.samsyn.test;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.io.File;
import java.net.URISyntaxException;
import org.apache.commons.codec.binary.Hex;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.io.IOUtils;
import org.apache.commons.logging.LogFactory;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.xmpbox.XMPMetadata;
import org.flywaydb.core.Flyway;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.postgresql.Driver;

/**
 * The deployments of the integration tests. A feature's archive holds the services, entities and
 * repositories of the given feature packages, the platform they stand on and the libraries they
 * need, never hand-picked classes; their pages and resources are tested from outside against the
 * application archive, which is the WAR the build has just packaged, exactly as it is shipped.
 */
public final class Deployments {

  private static final String ROOT = "se.samsyn";

  private Deployments() {}

  /** The platform plus the given feature packages, without their web and REST adapters. */
  public static WebArchive feature(String... features) {
    WebArchive archive =
        ShrinkWrap.create(WebArchive.class, "samsyn-" + String.join("-", features) + ".war")
            .addPackage(ROOT + ".platform")
            .addAsResource("META-INF/persistence.xml")
            .addAsResource("db/migration")
            .addAsResource("db/demo")
            .addAsResource("db/vendor")
            .addAsResource("se/samsyn/platform/i18n")
            .addAsWebInfResource(new File("src/main/webapp/WEB-INF/beans.xml"), "beans.xml")
            .addAsLibraries(
                jarOf(Flyway.class),
                jarOf(PostgreSQLConfigurationExtension.class),
                jarOf(Driver.class),
                jarOf(CSVFormat.class),
                // What Commons CSV needs to print, as in the WAR.
                jarOf(IOUtils.class),
                jarOf(Hex.class),
                jarOf(PdfRendererBuilder.class),
                jarOf(BaseRendererBuilder.class),
                jarOf(PDDocument.class),
                jarOf(RandomAccessRead.class),
                jarOf(TrueTypeFont.class),
                jarOf(XMPMetadata.class),
                jarOf(PdfBoxGraphics2D.class),
                jarOf(LogFactory.class));
    for (String feature : features) {
      archive.addPackage(ROOT + "." + feature);
    }
    // What the audit feature shares with its stand-alone verifier.
    archive.addPackage(ROOT + ".audit.verifier");
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
