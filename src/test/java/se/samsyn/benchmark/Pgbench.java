package se.samsyn.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's pgbench running SQL the application issued: the statements of one consent-gated read, as
 * PostgreSQL logged them with their parameters, split into the gate's decision and its log append,
 * and the same log rows appended to a plain copy of the log table (no triggers).
 */
final class Pgbench {

  static final String PLAIN_LOG_TABLE = "access_log_plain";

  private static final Pattern LOGGED =
      Pattern.compile("^samsyn@LOG:  (?:execute [^:]+|statement): (.*)$");
  private static final Pattern PARAMETERS = Pattern.compile("^samsyn@DETAIL:  Parameters: (.*)$");
  private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = ('(?:[^']|'')*'|NULL)");
  private static final Pattern SEQUENCE =
      Pattern.compile("(?i)^\\s*select nextval\\('access_log_entry_seq'\\)\\s*$");
  private static final Pattern TPS =
      Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
  private static final Pattern LOG_INSERT =
      Pattern.compile(
          "(?is)^INSERT INTO access_log_entry\\s*\\(([^)]*)\\)\\s*VALUES\\s*\\((.*)\\)\\s*$");

  /** The statements of one request, from the lines PostgreSQL logged for the application. */
  record Captured(List<String> decision, List<String> logAppend) {

    int statements() {
      return decision.size() + logAppend.size();
    }
  }

  record Rate(double transactionsPerSecond, String output) {}

  private final Path directory;
  private final int port;
  private final String user;
  private final String password;

  Pgbench(Path directory, int port, String user, String password) {
    this.directory = directory;
    this.port = port;
    this.user = user;
    this.password = password;
  }

  static Captured parse(List<String> logLines) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = null;
    for (String line : logLines) {
      Matcher logged = LOGGED.matcher(line);
      Matcher parameters = PARAMETERS.matcher(line);
      if (logged.matches()) {
        if (current != null) {
          statements.add(current.toString());
        }
        current = new StringBuilder(logged.group(1));
      } else if (parameters.matches() && current != null) {
        current = new StringBuilder(bind(current.toString(), parameters.group(1)));
      } else if (line.startsWith("\t") && current != null) {
        current.append('\n').append(line.substring(1));
      } else if (current != null) {
        statements.add(current.toString());
        current = null;
      }
    }
    if (current != null) {
      statements.add(current.toString());
    }
    List<String> decision = new ArrayList<>();
    List<String> logAppend = new ArrayList<>();
    for (String statement : statements) {
      Matcher insert = LOG_INSERT.matcher(statement.trim());
      if (insert.matches()) {
        logAppend.add(withFreshId(insert));
      } else if (!statement.isBlank() && !SEQUENCE.matcher(statement).matches()) {
        // The id's nextval is left out: the INSERT draws its id itself (withFreshId).
        decision.add(statement);
      }
    }
    return new Captured(decision, logAppend);
  }

  /** Literal values in place of $n, highest first so that $1 does not match inside $10. */
  private static String bind(String statement, String parameters) {
    Matcher parameter = PARAMETER.matcher(parameters);
    List<String[]> values = new ArrayList<>();
    while (parameter.find()) {
      values.add(new String[] {parameter.group(1), parameter.group(2)});
    }
    String bound = statement;
    for (int i = values.size() - 1; i >= 0; i--) {
      bound = bound.replace("$" + values.get(i)[0], values.get(i)[1]);
    }
    return bound;
  }

  /** Each run appends a new entry: the logged id would collide with the first run's. */
  private static String withFreshId(Matcher insert) {
    String[] columns = insert.group(1).split(",");
    List<String> values = splitValues(insert.group(2));
    for (int i = 0; i < columns.length; i++) {
      if (columns[i].trim().equalsIgnoreCase("id")) {
        values.set(i, "nextval('access_log_entry_seq')");
      }
    }
    return "INSERT INTO access_log_entry ("
        + insert.group(1)
        + ") VALUES ("
        + String.join(", ", values)
        + ")";
  }

  private static List<String> splitValues(String values) {
    List<String> split = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    for (char c : values.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        split.add(value.toString().trim());
        value.setLength(0);
      } else {
        value.append(c);
      }
    }
    split.add(value.toString().trim());
    return split;
  }

  Rate run(String name, List<String> statements, int clients, Duration duration)
      throws IOException, InterruptedException {
    Path script = directory.resolve(name + ".sql");
    Files.writeString(script, String.join(";\n", statements) + ";\n");
    Path output = directory.resolve(name + ".out");
    ProcessBuilder builder =
        new ProcessBuilder(
                "/usr/bin/pgbench",
                "-n",
                "-h",
                "localhost",
                "-p",
                Integer.toString(port),
                "-U",
                user,
                "-c",
                Integer.toString(clients),
                "-j",
                "2",
                "-T",
                Long.toString(Math.max(1, duration.toSeconds())),
                "-f",
                script.toString(),
                "samsyn")
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    builder.environment().put("PGPASSWORD", password);
    int status = builder.start().waitFor();
    String text = Files.readString(output);
    Matcher tps = TPS.matcher(text);
    if (status != 0 || !tps.find()) {
      throw new IllegalStateException("pgbench " + name + " failed (" + status + "):\n" + text);
    }
    return new Rate(Double.parseDouble(tps.group(1)), text);
  }
}
