package se.samsyn.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.samsyn.test.DemoUser;

/**
 * Every page of the application, read from the views under src/main/webapp (WEB-INF holds only
 * templates and error pages), so that a page added later is covered without anyone listing it.
 */
final class Pages {

  private static final Path WEBAPP = Path.of("src", "main", "webapp");

  /** Who may open the pages of each folder; a new folder fails the tests until it is named here. */
  private static final Map<String, DemoUser> VISITOR =
      Map.of(
          "",
          DemoUser.FK_CASE_WORKER,
          "participant",
          DemoUser.FK_CASE_WORKER,
          "consent",
          DemoUser.FK_CASE_WORKER,
          "audit",
          DemoUser.AUDITOR,
          "admin",
          DemoUser.ADMIN);

  /** The pages anyone may read without logging in, as web.xml opens them. */
  static final Set<String> OPEN = Set.of("/accessibility.xhtml");

  private Pages() {}

  /** The pages as paths of the application, such as {@code /participant/search.xhtml}. */
  static Set<String> all() {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files
          .map(WEBAPP::relativize)
          .filter(file -> file.toString().endsWith(".xhtml") && !file.startsWith("WEB-INF"))
          .map(file -> "/" + file.toString().replace('\\', '/'))
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every view file, templates, includes and error pages under WEB-INF too, as paths relative to
   * the project, such as {@code src/main/webapp/WEB-INF/participant/contact-fields.xhtml}.
   */
  static Set<Path> files() {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files
          .filter(file -> file.toString().endsWith(".xhtml"))
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One demo user for each folder's pages: who the every-page tests log in as. */
  static Set<DemoUser> visitors() {
    return all().stream()
        .map(Pages::visitorOf)
        .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
  }

  /** A demo user whose roles open the page. */
  static DemoUser visitorOf(String page) {
    String folder = page.lastIndexOf('/') == 0 ? "" : page.substring(1, page.indexOf('/', 1));
    DemoUser user = VISITOR.get(folder);
    if (user == null) {
      throw new AssertionError("Name a demo user who may open the pages under /" + folder);
    }
    return user;
  }
}
