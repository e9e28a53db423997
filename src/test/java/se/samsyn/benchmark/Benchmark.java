package se.samsyn.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import se.samsyn.benchmark.dataset.DataSet;
import se.samsyn.benchmark.dataset.DataSetSummary;
import se.samsyn.benchmark.dataset.GeneratedStaff;
import se.samsyn.test.Directories;
import se.samsyn.test.EmbeddedPostgresSession;
import se.samsyn.test.KeycloakServer;
import se.samsyn.test.PayaraMicroServer;

/**
 * The one-command benchmark ({@code ./mvnw -Pbenchmark}): PostgreSQL with the production's two
 * logins, the generated data set, Keycloak with the generated staff, the packaged WAR on Payara
 * Micro; then the baselines and the journey mix at 1×, 3× and 10× the target and a ramp to the
 * knee; the report in target/benchmark/report.md. Fails when a request failed in the warm-up, the
 * baselines or the 1× step (a journey that no longer works); a missed target is only reported.
 */
public final class Benchmark {

  static final int APPLICATION_PORT = 38080;
  static final int KEYCLOAK_PORT = 38180;
  static final int POSTGRESQL_PORT = 35432;
  static final int NGINX_PORT = 38088;
  static final int HAZELCAST_PORT = 38090;

  /** The issue's target: 2,000 staff, 15 % active, 15 page actions per second. */
  static final double TARGET_RATE = 15;

  static final double ACTIVE_STAFF_SHARE = 0.15;

  /**
   * The active staff of the issue's förbund (15 % of 2,000) carry the load at every scale: where
   * the data set has fewer staff, each pooled case worker has several browser sessions, so that at
   * least this many share the page journeys.
   */
  static final int ACTIVE_STAFF_AT_FULL_SCALE = 300;

  static final int BASELINE_CLIENTS = 8;
  static final String SIGNING_KEY = "benchmark-signing-key-test-data-only";
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  private Benchmark() {}

  /**
   * Exits explicitly: Gatling's and the HTTP clients' threads would otherwise keep the JVM alive
   * after the last step, and a failure must reach Maven as an exit status.
   */
  public static void main(String[] args) {
    try {
      run();
      System.exit(0);
    } catch (Exception | AssertionError e) {
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void run() throws Exception {
    // Gatling's version check: no internet, and it must not wait for a connection that never comes.
    System.setProperty("https.proxyHost", "127.0.0.1");
    System.setProperty("https.proxyPort", "9");
    double scale = Double.parseDouble(required("benchmark.scale"));
    Duration stepDuration = duration(required("benchmark.duration"));
    long seed = Long.parseLong(required("benchmark.seed"));
    Path project = Path.of(required("benchmark.project-dir"));
    Path out = Directories.recreate(project.resolve("target/benchmark"));
    Path pgLog = Files.createDirectories(out.resolve("postgresql-log"));
    // First, while nothing else runs: the embedded run's boot, as the targets ask.
    System.out.println("Starting the embedded run (./mvnw -Pdev) twice ...");
    EmbeddedBoot boot = EmbeddedBoot.measure(project, out);
    String baseUrl = "http://localhost:" + APPLICATION_PORT;

    System.out.println("Starting PostgreSQL on " + POSTGRESQL_PORT + " ...");
    try (EmbeddedPostgres postgres =
        EmbeddedPostgresSession.startWithLogins(
            POSTGRESQL_PORT,
            Map.of(
                "logging_collector", "on",
                "log_directory", pgLog.toString(),
                "log_filename", "postgresql.log",
                // pg_ctl passes the settings through a shell: no spaces or pipes.
                "log_line_prefix", "%u@"))) {
      String jdbcUrl = "jdbc:postgresql://localhost:" + POSTGRESQL_PORT + "/samsyn";
      migrate(jdbcUrl);
      Instant now = Instant.now();
      DataSetSummary data;
      try (Connection owner = owner(jdbcUrl)) {
        System.out.println("Generating the data set at " + scale + " % ...");
        data = DataSet.generate(owner, scale, seed, DataSet.testNumbers(), SIGNING_KEY, now);
        try (Statement statement = owner.createStatement()) {
          statement.execute("ANALYZE");
          statement.execute(
              "CREATE TABLE "
                  + Pgbench.PLAIN_LOG_TABLE
                  + " (LIKE access_log_entry INCLUDING DEFAULTS INCLUDING INDEXES)");
        }
      }
      System.out.printf(
          "Data set: %d participants, %d staff, %d access-log entries in %s%n",
          data.participants(), data.staff().size(), data.accessLogEntries(), data.took());

      List<String> pool = new ArrayList<>();
      Map<String, List<String>> caseWorkers = new TreeMap<>();
      List<String> auditors = new ArrayList<>();
      choosePool(data.staff(), pool, caseWorkers, auditors);

      Path realm =
          BenchmarkRealm.write(
              project.resolve("config/keycloak/samsyn-realm.json"),
              baseUrl,
              data.staff(),
              out.resolve("benchmark-realm.json"));
      System.out.println("Starting Keycloak on " + KEYCLOAK_PORT + " ...");
      try (KeycloakServer keycloak =
              KeycloakServer.start(
                  Path.of(required("benchmark.keycloak-home")), realm, KEYCLOAK_PORT);
          PayaraMicroServer application = startApplication(keycloak, jdbcUrl, out);
          Nginx nginx = Nginx.start(Files.createDirectories(out.resolve("nginx")), NGINX_PORT)) {
        System.out.println("Logging in " + pool.size() + " staff ...");
        Instant loginStart = Instant.now();
        try (StaffTokens tokens = StaffTokens.logIn(keycloak.realmUrl(), pool)) {
          // The case workers' page journeys log in through the browser flow as well.
          List<String> pooledCaseWorkers =
              caseWorkers.values().stream().flatMap(List::stream).toList();
          BrowserSessions browsers =
              BrowserSessions.logIn(
                  baseUrl,
                  pooledCaseWorkers,
                  (int) Math.ceil((double) ACTIVE_STAFF_AT_FULL_SCALE / pooledCaseWorkers.size()));
          Duration logins = Duration.between(loginStart, Instant.now());
          LocalDate exportDay = LocalDate.ofInstant(now, STOCKHOLM).minusDays(1);
          BenchmarkContext context;
          try (Connection owner = owner(jdbcUrl)) {
            context =
                new BenchmarkContext(
                    baseUrl,
                    nginx.fileUrl(),
                    tokens,
                    browsers,
                    participants(owner, caseWorkers.keySet()),
                    foreignReads(owner, caseWorkers.keySet()),
                    caseWorkers,
                    auditors,
                    exportDay.atStartOfDay(STOCKHOLM).toInstant().toString(),
                    exportDay.plusDays(1).atStartOfDay(STOCKHOLM).toInstant().toString());
          }
          long postmaster = postmasterPid(jdbcUrl);
          Map<String, Long> servers = new LinkedHashMap<>();
          servers.put("Payara", application.pid());
          servers.put("PostgreSQL", postmaster);
          servers.put("Keycloak", keycloak.pid());

          GateCapture gate =
              GateCapture.of(postgres, baseUrl, context, pgLog.resolve("postgresql.log"));
          PageWeights pages = pageWeights(context);
          Measurements measurements =
              Measurements.run(
                  new Gatling(out.resolve("gatling"), context, servers),
                  new Pgbench(
                      out,
                      POSTGRESQL_PORT,
                      EmbeddedPostgresSession.OWNER,
                      EmbeddedPostgresSession.OWNER_PASSWORD),
                  gate,
                  application.pid(),
                  POSTGRESQL_PORT,
                  stepDuration);
          long databaseBytes;
          try (Connection owner = owner(jdbcUrl);
              Statement statement = owner.createStatement();
              ResultSet size = statement.executeQuery("SELECT pg_database_size('samsyn')")) {
            size.next();
            databaseBytes = size.getLong(1);
          }
          Path report =
              Report.write(
                  out.resolve("report.md"),
                  new Report.Run(
                      scale, seed, stepDuration, data, databaseBytes, pool.size(), logins),
                  gate,
                  pages,
                  boot,
                  measurements);
          System.out.println(Files.readString(report));
          long failed = measurements.failedRequests();
          if (failed > 0) {
            throw new IllegalStateException(
                failed + " requests failed in the warm-up, the baselines or at 1×; see " + report);
          }
        }
      }
    }
  }

  /** The pages of the page journeys, weighed in the session of a case worker who may open them. */
  private static PageWeights pageWeights(BenchmarkContext context)
      throws IOException, InterruptedException {
    Map<String, Object> participant = context.participants().get(0);
    String caseWorker = context.caseWorkers().get((String) participant.get("agency")).get(0);
    return PageWeights.of(
        context.browsers().of(caseWorker),
        context.baseUrl(),
        (String) participant.get("reference"));
  }

  private static void migrate(String jdbcUrl) {
    // As DatabaseMigration does at boot, with the demo organisation the generator builds on.
    Flyway.configure(Benchmark.class.getClassLoader())
        .dataSource(jdbcUrl, EmbeddedPostgresSession.OWNER, EmbeddedPostgresSession.OWNER_PASSWORD)
        .locations("classpath:db/migration", "classpath:db/vendor/postgresql", "classpath:db/demo")
        .placeholders(Map.of("appUser", EmbeddedPostgresSession.APPLICATION))
        .load()
        .migrate();
  }

  private static Connection owner(String jdbcUrl) throws SQLException {
    return DriverManager.getConnection(
        jdbcUrl, EmbeddedPostgresSession.OWNER, EmbeddedPostgresSession.OWNER_PASSWORD);
  }

  /** 15 % of each authority's case workers and of the auditors, at least two of each. */
  private static void choosePool(
      List<GeneratedStaff> staff,
      List<String> pool,
      Map<String, List<String>> caseWorkers,
      List<String> auditors) {
    Map<String, List<String>> byAgency = new TreeMap<>();
    List<String> allAuditors = new ArrayList<>();
    for (GeneratedStaff member : staff) {
      if (member.roles().contains("case-worker")) {
        byAgency.computeIfAbsent(member.agency(), a -> new ArrayList<>()).add(member.username());
      } else if (member.roles().contains("auditor")) {
        allAuditors.add(member.username());
      }
    }
    byAgency.forEach((agency, members) -> caseWorkers.put(agency, active(members)));
    auditors.addAll(active(allAuditors));
    caseWorkers.values().forEach(pool::addAll);
    pool.addAll(auditors);
    if (caseWorkers.isEmpty() || auditors.isEmpty()) {
      throw new IllegalStateException("The data set has no case workers or no auditors");
    }
  }

  private static List<String> active(List<String> members) {
    int count =
        Math.min(members.size(), Math.max(2, (int) Math.ceil(members.size() * ACTIVE_STAFF_SHARE)));
    return List.copyOf(members.subList(0, count));
  }

  private static List<Map<String, Object>> participants(
      Connection owner, java.util.Set<String> agencies) throws SQLException {
    String sql =
        "SELECT p.id, p.reference, p.personal_identity_number, i.last_name, e.agency "
            + "FROM engagement e JOIN participant p ON p.id = e.participant_id "
            + "JOIN participant_identity i ON i.participant_id = p.id AND i.agency = e.agency "
            + "WHERE e.status = 'OPEN' AND NOT p.protected_identity AND e.agency = ANY (?) "
            + "ORDER BY md5(p.reference || e.agency) LIMIT 20000";
    List<Map<String, Object>> rows = new ArrayList<>();
    try (var statement = owner.prepareStatement(sql)) {
      statement.setArray(1, owner.createArrayOf("varchar", agencies.toArray()));
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(
              Map.of(
                  "id", result.getLong("id"),
                  "reference", result.getString("reference").trim(),
                  "number", result.getString("personal_identity_number").trim(),
                  "lastName", result.getString("last_name"),
                  "agency", result.getString("agency")));
        }
      }
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException("The data set has no open engagements");
    }
    return rows;
  }

  private static List<Map<String, Object>> foreignReads(
      Connection owner, java.util.Set<String> agencies) throws SQLException {
    String sql =
        "SELECT p.reference, a.code FROM participant p CROSS JOIN unnest(?) AS a(code) "
            + "WHERE NOT EXISTS (SELECT 1 FROM engagement e "
            + "WHERE e.participant_id = p.id AND e.agency = a.code) "
            // Any consent naming the authority might let it read: only the surely refused.
            + "AND NOT EXISTS (SELECT 1 FROM consent c "
            + "JOIN consent_agency ca ON ca.consent_id = c.id "
            + "WHERE c.participant_id = p.id AND ca.agency = a.code) "
            + "ORDER BY md5(p.reference || a.code) LIMIT 5000";
    List<Map<String, Object>> rows = new ArrayList<>();
    try (var statement = owner.prepareStatement(sql)) {
      statement.setArray(1, owner.createArrayOf("varchar", agencies.toArray()));
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(Map.of("reference", result.getString(1).trim(), "agency", result.getString(2)));
        }
      }
    }
    return rows;
  }

  private static PayaraMicroServer startApplication(
      KeycloakServer keycloak, String jdbcUrl, Path out) throws IOException {
    System.out.println("Starting Samsyn on " + APPLICATION_PORT + " ...");
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("SAMSYN_DB_DRIVER", "org.postgresql.ds.PGSimpleDataSource");
    environment.put("SAMSYN_DB_URL", jdbcUrl);
    environment.put("SAMSYN_DB_USER", EmbeddedPostgresSession.APPLICATION);
    environment.put("SAMSYN_DB_PASSWORD", EmbeddedPostgresSession.APPLICATION_PASSWORD);
    environment.put("SAMSYN_DB_MIGRATION_USER", EmbeddedPostgresSession.OWNER);
    environment.put("SAMSYN_DB_MIGRATION_PASSWORD", EmbeddedPostgresSession.OWNER_PASSWORD);
    environment.put("SAMSYN_OIDC_PROVIDER_URI", keycloak.realmUrl());
    environment.put("SAMSYN_OIDC_CLIENT_ID", "samsyn-web");
    environment.put("SAMSYN_OIDC_CLIENT_SECRET", "samsyn-web-demo-secret");
    environment.put("SAMSYN_BASE_URL", "http://localhost:" + APPLICATION_PORT);
    environment.put("SAMSYN_PLATFORM_DEMO_DATA", "true");
    environment.put("SAMSYN_AUDIT_SIGNING_KEY", SIGNING_KEY);
    // As in production (docker/compose.yaml), the web sessions go into Hazelcast's data grid, to be
    // replicated: a cluster of one node pays the same for every request that touches a session.
    return PayaraMicroServer.startNode(
        Path.of(required("benchmark.payara-micro-jar")),
        Path.of(required("benchmark.war")),
        APPLICATION_PORT,
        Files.createDirectories(out.resolve("payara")),
        environment,
        "samsyn-benchmark",
        HAZELCAST_PORT,
        List.of(HAZELCAST_PORT));
  }

  /** The postmaster is the parent of every backend, this connection's included. */
  private static long postmasterPid(String jdbcUrl) throws SQLException {
    try (Connection owner = owner(jdbcUrl);
        Statement statement = owner.createStatement();
        ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
      pid.next();
      return ProcessCpu.parent(pid.getLong(1));
    }
  }

  static String get(String url, String token) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          url + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** "60s", "5m" or an ISO-8601 duration. */
  static Duration duration(String text) {
    String lower = text.trim().toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2)));
    }
    if (lower.endsWith("s")) {
      return Duration.ofSeconds(Long.parseLong(lower.substring(0, lower.length() - 1)));
    }
    if (lower.endsWith("m")) {
      return Duration.ofMinutes(Long.parseLong(lower.substring(0, lower.length() - 1)));
    }
    return Duration.parse(text);
  }

  private static String required(String key) {
    String value = System.getProperty(key);
    if (value == null) {
      throw new IllegalStateException(
          "Run the benchmark with ./mvnw -Pbenchmark (" + key + " unset)");
    }
    return value;
  }
}
