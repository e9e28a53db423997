package se.samsyn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The length limits live with the entities ({@code @Size} on their fields, the constants the pages'
 * {@code maxlength} take), and each is exactly its column's length in the migrations, so that a
 * text the entity and the form accept always fits and a migration that changes a column fails here
 * until the entity follows.
 */
class ColumnLimitsTest {

  private static final Path CLASSES = Path.of("target", "classes");
  private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

  private static final Pattern VERSION = Pattern.compile("V(\\d+)(?:_(\\d+))?__.*\\.sql");
  private static final Pattern CREATE = Pattern.compile("(?i)^\\s*CREATE TABLE (\\w+)");
  private static final Pattern COLUMN = Pattern.compile("(?i)^\\s*(\\w+)\\s+VARCHAR\\((\\d+)\\)");
  private static final Pattern ADD =
      Pattern.compile("(?i)^\\s*ALTER TABLE (\\w+) ADD COLUMN (\\w+) VARCHAR\\((\\d+)\\)");
  private static final Pattern RETYPE =
      Pattern.compile(
          "(?i)^\\s*ALTER TABLE (\\w+) ALTER COLUMN (\\w+) (?:SET DATA )?TYPE VARCHAR\\((\\d+)\\)");
  private static final Pattern DROP =
      Pattern.compile("(?i)^\\s*ALTER TABLE (\\w+) DROP COLUMN (\\w+)");

  @Test
  void everySizeOnAnEntityIsItsColumnsLength() throws IOException {
    Map<String, Integer> columns = varcharColumns();
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Class<?> entity : entities()) {
      String table = table(entity);
      for (Field field : entity.getDeclaredFields()) {
        Size size = field.getAnnotation(Size.class);
        if (size == null) {
          continue;
        }
        checked++;
        String column = table + "." + column(field);
        Integer length = columns.get(column);
        if (length == null || length != size.max()) {
          wrong.add(
              entity.getSimpleName()
                  + "."
                  + field.getName()
                  + ": @Size(max = "
                  + size.max()
                  + "), column "
                  + column
                  + (length == null
                      ? " is no VARCHAR of the migrations"
                      : " is VARCHAR(" + length + ")"));
        }
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(checked >= 20, "the entities' limits are found: " + checked);
  }

  @Test
  void theMigrationsAreReadInOrder() throws IOException {
    Map<String, Integer> columns = varcharColumns();

    assertEquals(100, columns.get("participant_identity.first_name"));
    assertEquals(1000, columns.get("participant.merge_reason"), "added by a later ALTER TABLE");
    assertTrue(!columns.containsKey("participant.first_name"), "dropped when identities moved out");
  }

  /** {@code table.column} → length of every VARCHAR column the migrations leave. */
  private static Map<String, Integer> varcharColumns() throws IOException {
    Map<String, Integer> columns = new HashMap<>();
    List<Path> scripts;
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      scripts =
          files
              .filter(f -> VERSION.matcher(f.getFileName().toString()).matches())
              .sorted(Comparator.comparingLong(ColumnLimitsTest::version))
              .toList();
    }
    for (Path script : scripts) {
      String table = null;
      for (String line : Files.readAllLines(script)) {
        Matcher matcher;
        if ((matcher = CREATE.matcher(line)).find()) {
          table = matcher.group(1).toLowerCase(Locale.ROOT);
        } else if ((matcher = ADD.matcher(line)).find()
            || (matcher = RETYPE.matcher(line)).find()) {
          columns.put(key(matcher.group(1), matcher.group(2)), Integer.valueOf(matcher.group(3)));
        } else if ((matcher = DROP.matcher(line)).find()) {
          columns.remove(key(matcher.group(1), matcher.group(2)));
        } else if (table != null && (matcher = COLUMN.matcher(line)).find()) {
          columns.put(key(table, matcher.group(1)), Integer.valueOf(matcher.group(2)));
        }
        if (line.strip().startsWith(");")) {
          table = null;
        }
      }
    }
    return columns;
  }

  private static long version(Path script) {
    Matcher matcher = VERSION.matcher(script.getFileName().toString());
    matcher.matches();
    long minor = matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2));
    return Long.parseLong(matcher.group(1)) * 1_000 + minor;
  }

  private static String key(String table, String column) {
    return (table + "." + column).toLowerCase(Locale.ROOT);
  }

  private static List<Class<?>> entities() throws IOException {
    List<Class<?>> entities = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = CLASSES.relativize(file).toString().replace(java.io.File.separatorChar, '.');
        name = name.substring(0, name.length() - ".class".length());
        if (name.contains("$")) {
          continue;
        }
        try {
          Class<?> type = Class.forName(name, false, ColumnLimitsTest.class.getClassLoader());
          if (type.isAnnotationPresent(Entity.class)) {
            entities.add(type);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          throw new AssertionError("cannot load " + name, e);
        }
      }
    }
    assertTrue(entities.size() > 10, "the entities are found under " + CLASSES);
    return entities;
  }

  private static String table(Class<?> entity) {
    Table table = entity.getAnnotation(Table.class);
    return table == null || table.name().isEmpty()
        ? entity.getSimpleName().toLowerCase(Locale.ROOT)
        : table.name().toLowerCase(Locale.ROOT);
  }

  private static String column(Field field) {
    Column column = field.getAnnotation(Column.class);
    return column == null || column.name().isEmpty()
        ? field.getName().toLowerCase(Locale.ROOT)
        : column.name().toLowerCase(Locale.ROOT);
  }
}
