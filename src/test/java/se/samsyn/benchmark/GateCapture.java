package se.samsyn.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import se.samsyn.test.SqlStatements;

/**
 * One consent-gated read with PostgreSQL watching: pg_stat_statements counts the application's
 * statements, and {@code log_statement = all} writes them with their parameters for pgbench.
 *
 * @param statementsPerRead what pg_stat_statements counted for the application's login
 * @param statements the logged statements, for pgbench
 */
record GateCapture(long statementsPerRead, Pgbench.Captured statements) {

  static GateCapture of(
      EmbeddedPostgres postgres, String baseUrl, BenchmarkContext context, Path log)
      throws SQLException, IOException, InterruptedException {
    Map<String, Object> participant = context.participants().get(0);
    String url = baseUrl + "/api/participants/" + participant.get("reference");
    String token =
        context
            .tokens()
            .accessToken(context.caseWorkers().get((String) participant.get("agency")).get(0));
    // The first read warms the application's caches; the second is the one measured.
    Benchmark.get(url, token);
    try (Connection superuser = postgres.getDatabase("postgres", "postgres").getConnection();
        Statement admin = superuser.createStatement()) {
      admin.execute("ALTER SYSTEM SET log_statement = 'all'");
      admin.execute("SELECT pg_reload_conf()");
      Thread.sleep(500);
      long logStart = Files.size(log);
      SqlStatements.reset(postgres.getPort());
      Benchmark.get(url, token);
      long counted = SqlStatements.sinceReset(postgres.getPort());
      admin.execute("ALTER SYSTEM RESET log_statement");
      admin.execute("SELECT pg_reload_conf()");
      Thread.sleep(500);
      byte[] all = Files.readAllBytes(log);
      List<String> lines =
          new String(
                  all,
                  (int) logStart,
                  all.length - (int) logStart,
                  java.nio.charset.StandardCharsets.UTF_8)
              .lines()
              .toList();
      Files.write(log.resolveSibling("gated-read.log"), lines);
      return new GateCapture(counted, Pgbench.parse(lines));
    }
  }
}
