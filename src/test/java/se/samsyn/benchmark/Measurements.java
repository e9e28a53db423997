package se.samsyn.benchmark;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import se.samsyn.test.SqlStatements;

/**
 * Everything measured under load, in the order run: the baselines interleaved with the steps of the
 * mix, then the ramp to the knee.
 */
record Measurements(
    StepResult warmUp,
    List<StepResult> baselines,
    List<StepResult> steps,
    List<StepResult> ramp,
    StepResult knee,
    Pgbench.Rate gate,
    Pgbench.Rate logAppend,
    Pgbench.Rate plainInsert,
    long heapAfterFullGcBytes,
    String busiestStatementsAt3x) {

  static final String HEALTH = "baseline: health";
  static final String STATIC_FILE = "baseline: static file";
  static final String GATED_READ = "baseline: gated read";

  /** The knee: the first ramp stage whose p95 exceeds a second or whose errors exceed 0.5 %. */
  static final long KNEE_P95_MILLIS = 1000;

  static final double KNEE_ERROR_SHARE = 0.005;

  /** The ramp climbs in stages from 10× the target until the knee, at most this many. */
  static final int RAMP_STAGES = 8;

  /** How many of PostgreSQL's busiest statements of the 3× step the report lists. */
  static final int BUSIEST_STATEMENTS = 12;

  static Measurements run(
      Gatling gatling,
      Pgbench pgbench,
      GateCapture gate,
      long payaraPid,
      int postgresPort,
      Duration step)
      throws IOException, InterruptedException {
    Duration baseline = shorter(step, 5);
    List<StepResult> baselines = new ArrayList<>();
    List<StepResult> steps = new ArrayList<>();
    // Just started, the JVMs compile what the first requests run: a warm-up at 1× first, so that
    // neither the 1× step nor the baselines measure the compiler.
    StepResult warmUp =
        gatling.run(LoadStep.mix("warm-up", Benchmark.TARGET_RATE, shorter(step, 2)));
    steps.add(mixStep(gatling, 1, step));
    baselines.add(gatling.run(saturation(HEALTH, LoadStep.Target.HEALTH, baseline)));
    baselines.add(gatling.run(saturation(STATIC_FILE, LoadStep.Target.STATIC_FILE, baseline)));
    baselines.add(gatling.run(saturation(GATED_READ, LoadStep.Target.GATED_READ, baseline)));
    Pgbench.Rate gateRate =
        pgbench.run("gate", gate.statements().decision(), Benchmark.BASELINE_CLIENTS, baseline);
    Pgbench.Rate append =
        pgbench.run(
            "log-append",
            transaction(gate.statements().logAppend()),
            Benchmark.BASELINE_CLIENTS,
            baseline);
    Pgbench.Rate plain =
        pgbench.run(
            "plain-insert",
            transaction(
                gate.statements().logAppend().stream()
                    .map(
                        insert ->
                            insert.replace(
                                "INSERT INTO access_log_entry",
                                "INSERT INTO " + Pgbench.PLAIN_LOG_TABLE))
                    .toList()),
            Benchmark.BASELINE_CLIENTS,
            baseline);
    SqlStatements.reset(postgresPort);
    steps.add(mixStep(gatling, 3, step));
    String busiest = SqlStatements.busiestSinceReset(postgresPort, BUSIEST_STATEMENTS);
    long heap = Heap.afterFullGc(payaraPid);
    // Health and the gated read once more after the load: a second pair, to see the noise.
    baselines.add(gatling.run(saturation(HEALTH + " after 3×", LoadStep.Target.HEALTH, baseline)));
    baselines.add(
        gatling.run(saturation(GATED_READ + " after 3×", LoadStep.Target.GATED_READ, baseline)));
    steps.add(mixStep(gatling, 10, step));
    List<StepResult> ramp = new ArrayList<>();
    // Past the knee at 10× already, a ramp above it would only pile up timeouts.
    StepResult knee = beyondKnee(steps.get(2)) ? steps.get(2) : null;
    Duration stage = shorter(step, 4);
    for (int i = 0; i < RAMP_STAGES && knee == null; i++) {
      double rate = 10 * Benchmark.TARGET_RATE * (1 + 0.5 * (i + 1));
      StepResult result = gatling.run(LoadStep.mix("ramp " + Math.round(rate) + "/s", rate, stage));
      ramp.add(result);
      if (beyondKnee(result)) {
        knee = result;
      }
    }
    return new Measurements(
        warmUp, baselines, steps, ramp, knee, gateRate, append, plain, heap, busiest);
  }

  static boolean beyondKnee(StepResult result) {
    return result.all().p95() > KNEE_P95_MILLIS || result.all().errorShare() > KNEE_ERROR_SHARE;
  }

  private static StepResult mixStep(Gatling gatling, int multiple, Duration duration) {
    return gatling.run(
        LoadStep.mix(multiple + "× target", multiple * Benchmark.TARGET_RATE, duration));
  }

  /** The first baseline of that name. */
  StepResult baseline(String name) {
    return baselines.stream().filter(b -> b.step().name().equals(name)).findFirst().orElseThrow();
  }

  /**
   * The requests that failed where the journeys themselves are tried: in the warm-up, the baselines
   * and the 1× step, light enough for any machine. A failure there means a journey no longer works
   * (the small benchmark in CI exists to notice that). From 3× on, errors measure the machine
   * against the targets (none at 3×, the knee at 10× or above), which the report judges.
   */
  long failedRequests() {
    return warmUp.all().errors()
        + baselines.stream().mapToLong(r -> r.all().errors()).sum()
        + steps.get(0).all().errors();
  }

  private static List<String> transaction(List<String> statements) {
    List<String> all = new ArrayList<>();
    all.add("BEGIN");
    all.addAll(statements);
    all.add("COMMIT");
    return all;
  }

  private static Duration shorter(Duration step, int divisor) {
    Duration part = step.dividedBy(divisor);
    return part.compareTo(Duration.ofSeconds(10)) < 0 ? Duration.ofSeconds(10) : part;
  }

  private static LoadStep saturation(String name, LoadStep.Target target, Duration duration) {
    return LoadStep.saturation(name, target, Benchmark.BASELINE_CLIENTS, duration);
  }
}
