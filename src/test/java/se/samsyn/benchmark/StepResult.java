package se.samsyn.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Gatling measured in one step, read from its report's {@code js/stats.json} (percentiles 1 to
 * 4 are Gatling's default 50th, 75th, 95th and 99th).
 *
 * @param cpuMillis CPU time of each server during the step
 */
record StepResult(
    LoadStep step,
    Stats all,
    Map<String, Stats> requests,
    Map<String, Long> cpuMillis,
    Path report) {

  record Stats(long total, long errors, double perSecond, long p50, long p95, long p99) {

    double errorShare() {
      return total == 0 ? 0 : (double) errors / total;
    }

    static Stats of(JsonObject stats) {
      return new Stats(
          stats.getJsonObject("numberOfRequests").getJsonNumber("total").longValue(),
          stats.getJsonObject("numberOfRequests").getJsonNumber("ko").longValue(),
          number(stats.getJsonObject("meanNumberOfRequestsPerSecond")),
          (long) number(stats.getJsonObject("percentiles1")),
          (long) number(stats.getJsonObject("percentiles3")),
          (long) number(stats.getJsonObject("percentiles4")));
    }

    /** Gatling writes "-" where a step had no successful request. */
    private static double number(JsonObject value) {
      var total = value.get("total");
      return total instanceof jakarta.json.JsonNumber n ? n.doubleValue() : 0;
    }
  }

  static StepResult read(LoadStep step, Path report, Map<String, Long> cpuMillis) {
    try (Reader in = Files.newBufferedReader(report.resolve("js/stats.json"));
        JsonReader reader = Json.createReader(in)) {
      JsonObject root = reader.readObject();
      Map<String, Stats> requests = new LinkedHashMap<>();
      JsonObject contents = root.getJsonObject("contents");
      if (contents != null) {
        contents.values().stream()
            .map(value -> value.asJsonObject())
            .forEach(
                request ->
                    requests.put(
                        request.getString("name"), Stats.of(request.getJsonObject("stats"))));
      }
      return new StepResult(
          step, Stats.of(root.getJsonObject("stats")), requests, cpuMillis, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** CPU milliseconds per request of one server during the step. */
  double cpuPerRequest(String server) {
    return all.total() == 0 ? 0 : (double) cpuMillis.get(server) / all.total();
  }
}
