package se.samsyn.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.samsyn.benchmark.dataset.DataSetSummary;

/** target/benchmark/report.md: the steps, the baselines, the ratios and the targets. */
final class Report {

  record Run(
      double scale,
      long seed,
      Duration stepDuration,
      DataSetSummary data,
      long databaseBytes,
      int loggedInStaff,
      Duration logins) {}

  private Report() {}

  static Path write(
      Path file, Run run, GateCapture gate, PageWeights pages, EmbeddedBoot boot, Measurements m)
      throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Samsyn benchmark\n\n");
    md.append(
        format(
            "Scale %s %% (seed %d), steps of %s, %d staff logged in before the load, the case workers"
                + " in browser sessions too, at least 300 of them (in %s s).%n%n",
            run.scale(),
            run.seed(),
            run.stepDuration(),
            run.loggedInStaff(),
            run.logins().toSeconds()));
    DataSetSummary d = run.data();
    md.append(
        "## Data set\n\n| participants | consents | restrictions | notes | access-log entries | staff | generated in | size on disk |\n|---|---|---|---|---|---|---|---|\n");
    md.append(
        format(
            "| %d | %d | %d | %d | %d | %d | %d s | %d MiB |%n%n",
            d.participants(),
            d.consents(),
            d.restrictions(),
            d.notes(),
            d.accessLogEntries(),
            d.staff().size(),
            d.took().toSeconds(),
            run.databaseBytes() / (1024 * 1024)));

    md.append("## Steps (journeys of the mix per second, open model)\n\n");
    table(md, m.steps());
    StepResult.Stats warmUp = m.warmUp().all();
    md.append(
        format(
            "%nBefore them a warm-up at 1× (not counted above): %d requests, %d errors, p95 %d ms.%n",
            warmUp.total(), warmUp.errors(), warmUp.p95()));
    md.append("\n### Per journey request at 3× target\n\n");
    StepResult threeTimes = m.steps().get(1);
    md.append(
        "| request | count | errors | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|\n");
    threeTimes
        .requests()
        .forEach(
            (name, s) ->
                md.append(
                    format(
                        "| %s | %d | %d | %d | %d | %d |%n",
                        name, s.total(), s.errors(), s.p50(), s.p95(), s.p99())));
    md.append("\n## Ramp to the knee (p95 > 1 s or errors > 0.5 %)\n\n");
    table(md, m.ramp());
    md.append("\nKnee: ").append(kneeText(m)).append("\n\n");

    md.append("## Baselines (")
        .append(Benchmark.BASELINE_CLIENTS)
        .append(" clients back to back)\n\n");
    table(md, m.baselines());
    md.append(
        format(
            "%npgbench, %d clients: the gate's %d statements of one read %.0f tx/s; its %d log"
                + " appends in one transaction %.0f tx/s; the same rows into a plain copy %.0f tx/s.%n%n",
            Benchmark.BASELINE_CLIENTS,
            gate.statements().decision().size(),
            m.gate().transactionsPerSecond(),
            gate.statements().logAppend().size(),
            m.logAppend().transactionsPerSecond(),
            m.plainInsert().transactionsPerSecond()));

    double health = m.baseline(Measurements.HEALTH).all().perSecond();
    double gated = m.baseline(Measurements.GATED_READ).all().perSecond();
    double gatedVsHealth = gated / health;
    double gatedVsPgbench = gated / m.gate().transactionsPerSecond();
    double appendVsPlain =
        m.logAppend().transactionsPerSecond() / m.plainInsert().transactionsPerSecond();
    md.append("## Ratios\n\n");
    md.append(format("- gated read / health: %.2f%n", gatedVsHealth));
    md.append(
        format(
            "- the same after the 3× step (the noise between two pairs): %.2f%n",
            m.baseline(Measurements.GATED_READ + " after 3×").all().perSecond()
                / m.baseline(Measurements.HEALTH + " after 3×").all().perSecond()));
    md.append(
        format(
            "- gated read / static file (nginx): %.3f%n",
            gated / m.baseline(Measurements.STATIC_FILE).all().perSecond()));
    md.append(format("- gated read / pgbench of its statements: %.2f%n", gatedVsPgbench));
    md.append(format("- log append / plain insert (pgbench): %.2f%n", appendVsPlain));
    md.append(
        format(
            "- SQL statements per gated read: %d (pg_stat_statements; %d logged)%n",
            gate.statementsPerRead(), gate.statements().statements()));
    md.append(
        format(
            "- heap after a full GC, after the 3× step: %d MiB%n",
            m.heapAfterFullGcBytes() / (1024 * 1024)));
    pages
        .pages()
        .forEach(
            (page, weight) ->
                md.append(
                    format(
                        "- JSF ViewState of %s: %d bytes (the page %d KiB)%n",
                        page, weight.viewStateBytes(), weight.pageBytes() / 1024)));
    md.append("\n");

    md.append(
        "## CPU ms per request (from /proc)\n\n| step | Payara | PostgreSQL | Keycloak |\n|---|---|---|---|\n");
    for (List<StepResult> group : List.of(m.baselines(), m.steps(), m.ramp())) {
      for (StepResult r : group) {
        md.append(
            format(
                "| %s | %.2f | %.2f | %.2f |%n",
                r.step().name(),
                r.cpuPerRequest("Payara"),
                r.cpuPerRequest("PostgreSQL"),
                r.cpuPerRequest("Keycloak")));
      }
    }

    md.append(
        "\n## PostgreSQL's busiest statements at 3× (pg_stat_statements, the application's"
            + " login)\n\n| total ms | calls | mean ms | statement |\n|---|---|---|---|\n");
    md.append(m.busiestStatementsAt3x());

    md.append("\n## Targets\n\n| target | measured | result |\n|---|---|---|\n");
    StepResult.Stats at3 = threeTimes.all();
    target(md, "3× target: p95 < 300 ms", at3.p95() + " ms", at3.p95() < 300);
    target(md, "3× target: p99 < 800 ms", at3.p99() + " ms", at3.p99() < 800);
    target(md, "3× target: 0 errors", at3.errors() + " errors", at3.errors() == 0);
    target(md, "knee ≥ 10× target (150/s)", kneeText(m), kneeAtLeastTenTimes(m));
    target(
        md, "gated read ≥ 0.5× /api/health", format("%.2f", gatedVsHealth), gatedVsHealth >= 0.5);
    target(
        md,
        "gated read ≥ 0.3× pgbench of its statements",
        format("%.2f", gatedVsPgbench),
        gatedVsPgbench >= 0.3);
    target(
        md,
        "≤ 6 SQL statements per gated read",
        Long.toString(gate.statementsPerRead()),
        gate.statementsPerRead() <= 6);
    target(
        md, "log append ≥ 0.5× plain insert", format("%.2f", appendVsPlain), appendVsPlain >= 0.5);
    p95(md, threeTimes.requests(), "auditor: participant history", 300);
    p95(md, threeTimes.requests(), "page: search by number", 200);
    p95(md, threeTimes.requests(), "search by name", 200);
    target(
        md,
        "heap < 1 GiB under the 3× load",
        m.heapAfterFullGcBytes() / (1024 * 1024) + " MiB",
        m.heapAfterFullGcBytes() < 1024L * 1024 * 1024);
    boot.second()
        .ifPresentOrElse(
            second ->
                target(
                    md,
                    "embedded boot < 60 s (second start)",
                    format(
                        "%d s (first start %d s)",
                        second.toSeconds(), boot.first().orElseThrow().toSeconds()),
                    second.compareTo(java.time.Duration.ofSeconds(60)) < 0),
            () ->
                md.append(
                    "| embedded boot < 60 s (second start) | not measured: port 8080 was taken |"
                        + " — |\n"));
    md.append("| growth: p95 at 100 % ≤ 1.5× p95 at 10 % | needs a run at each scale | — |\n");
    md.append("| a day's CSV export in constant memory | not measured yet | — |\n");
    md.append("\nGatling's HTML reports: target/benchmark/gatling/<step>/*/index.html\n");
    Files.writeString(file, md.toString());
    return file;
  }

  private static void table(StringBuilder md, List<StepResult> results) {
    md.append(
        "| step | requests | errors | req/s | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|---|\n");
    for (StepResult r : results) {
      StepResult.Stats s = r.all();
      md.append(
          format(
              "| %s | %d | %d | %.1f | %d | %d | %d |%n",
              r.step().name(), s.total(), s.errors(), s.perSecond(), s.p50(), s.p95(), s.p99()));
    }
  }

  private static String kneeText(Measurements m) {
    if (!kneeAtLeastTenTimes(m)) {
      StepResult.Stats tenTimes = m.steps().get(2).all();
      return format(
          "below 10× target: the 10× step already had p95 %d ms, errors %.1f %%",
          tenTimes.p95(), 100 * tenTimes.errorShare());
    }
    if (m.knee() == null) {
      return "not reached up to " + m.ramp().get(m.ramp().size() - 1).step().name();
    }
    return "at "
        + m.knee().step().name()
        + " (p95 "
        + m.knee().all().p95()
        + " ms, errors "
        + format("%.1f %%", 100 * m.knee().all().errorShare())
        + ")";
  }

  /** The knee is at or above 10× when the 10× step itself stayed below the knee's limits. */
  private static boolean kneeAtLeastTenTimes(Measurements m) {
    return !Measurements.beyondKnee(m.steps().get(2));
  }

  private static void p95(
      StringBuilder md, Map<String, StepResult.Stats> requests, String name, long limit) {
    StepResult.Stats s = requests.get(name);
    if (s == null) {
      md.append("| ")
          .append(name)
          .append(": p95 < ")
          .append(limit)
          .append(" ms | no such request in the step | FAIL |\n");
      return;
    }
    target(md, name + ": p95 < " + limit + " ms (at 3×)", s.p95() + " ms", s.p95() < limit);
  }

  private static void target(StringBuilder md, String target, String measured, boolean pass) {
    md.append("| ")
        .append(target)
        .append(" | ")
        .append(measured)
        .append(" | ")
        .append(pass ? "PASS" : "FAIL")
        .append(" |\n");
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
