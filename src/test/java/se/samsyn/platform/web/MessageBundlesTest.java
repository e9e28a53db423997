package se.samsyn.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the pages and the code name exists, in Swedish and in English. */
class MessageBundlesTest {

  private static final Path BUNDLES = Path.of("src/main/resources/se/samsyn/platform/i18n");
  private static final Pattern PAGE_KEY =
      Pattern.compile("msg\\['([A-Za-z0-9.]+)'\\](?!\\.concat)");
  private static final Pattern COMMENT = Pattern.compile("\\s*(\\*|//)");
  private static final Pattern CODE_KEY =
      Pattern.compile(
          "(?:Exception|addGlobalInfo|addGlobalError|addFlashGlobalInfo)\\(\"([A-Za-z0-9.]+)\"");

  @Test
  void bothLanguagesHaveTheSameTexts() throws IOException {
    assertEquals(keys("messages_sv.properties"), keys("messages_en.properties"));
  }

  @Test
  void everyTextNamedByAPageOrTheCodeExists() throws IOException {
    Set<String> named = new TreeSet<>();
    named.addAll(found(Path.of("src/main/webapp"), ".xhtml", PAGE_KEY));
    named.addAll(found(Path.of("src/main/java"), ".java", CODE_KEY));
    named.removeAll(keys("messages_sv.properties"));
    assertEquals(Set.of(), named, "texts missing from the bundles");
  }

  private static Set<String> keys(String bundle) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }

  private static Set<String> found(Path root, String suffix, Pattern pattern) throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
        for (String line : Files.readAllLines(file)) {
          if (COMMENT.matcher(line).lookingAt()) {
            continue;
          }
          Matcher matcher = pattern.matcher(line);
          while (matcher.find()) {
            keys.add(matcher.group(1));
          }
        }
      }
    }
    return keys;
  }
}
