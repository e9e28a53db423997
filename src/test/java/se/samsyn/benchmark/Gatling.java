package se.samsyn.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs one step in this JVM, so that the simulations share the harness's logged-in staff and
 * feeders, with the servers' CPU time read around it. Gatling's analytics are off in gatling.conf;
 * its version check goes to an unreachable proxy (set by {@link Benchmark}).
 */
final class Gatling {

  private final Path results;
  private final BenchmarkContext context;
  private final Map<String, Long> serverPids;

  Gatling(Path results, BenchmarkContext context, Map<String, Long> serverPids) {
    this.results = results;
    this.context = context;
    this.serverPids = serverPids;
  }

  StepResult run(LoadStep step) {
    Class<?> simulation =
        step.target() == LoadStep.Target.MIX ? MixSimulation.class : BaselineSimulation.class;
    Path folder = results.resolve(step.name().replaceAll("[^A-Za-z0-9.-]", "-"));
    LoadStep.prepare(step, context);
    System.out.println("Benchmark step " + step.name() + " ...");
    Map<String, Long> cpuBefore = cpu();
    int status =
        io.gatling.app.Gatling$.MODULE$.fromArgs(
            new String[] {
              "--simulation", simulation.getName(),
              "--results-folder", folder.toString(),
              "--run-description", step.name()
            });
    Map<String, Long> cpuAfter = cpu();
    if (status != 0) {
      throw new IllegalStateException("Gatling failed in step " + step.name() + ": " + status);
    }
    Map<String, Long> spent = new LinkedHashMap<>();
    cpuAfter.forEach((server, millis) -> spent.put(server, millis - cpuBefore.get(server)));
    return StepResult.read(step, report(folder), spent);
  }

  private Map<String, Long> cpu() {
    Map<String, Long> millis = new LinkedHashMap<>();
    serverPids.forEach((server, pid) -> millis.put(server, ProcessCpu.millis(pid)));
    return millis;
  }

  private static Path report(Path folder) {
    try (Stream<Path> runs = Files.list(folder)) {
      return runs.filter(Files::isDirectory)
          .filter(run -> Files.exists(run.resolve("index.html")))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No Gatling report in " + folder));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
