package se.samsyn.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What Gatling measured in one step, read from its HTML report.
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

    /** A row of the report's statistics table: columns 2 to 14 as Gatling's header names them. */
    static Stats of(Element row) {
      return new Stats(
          (long) cell(row, 2),
          (long) cell(row, 4),
          cell(row, 6),
          (long) cell(row, 8),
          (long) cell(row, 10),
          (long) cell(row, 11));
    }

    /** Gatling writes "-" where a step had no successful request. */
    private static double cell(Element row, int column) {
      Element cell = row.selectFirst("td.col-" + column);
      String text = cell == null ? "-" : cell.text().replace(",", "");
      return text.equals("-") ? 0 : Double.parseDouble(text);
    }
  }

  /**
   * Gatling 3.15 writes no statistics file beside its HTML report: the figures are read from the
   * report's statistics table (row ROOT is all requests, the others one request name each).
   */
  static StepResult read(LoadStep step, Path report, Map<String, Long> cpuMillis) {
    try {
      Document index = Jsoup.parse(report.resolve("index.html").toFile(), "UTF-8");
      Stats all = null;
      Map<String, Stats> requests = new LinkedHashMap<>();
      for (Element row : index.select("#StatsContainerId tr[id]")) {
        Stats stats = Stats.of(row);
        if (row.id().equals("ROOT")) {
          all = stats;
        } else {
          requests.put(row.selectFirst(".ellipsed-name").text(), stats);
        }
      }
      if (all == null) {
        throw new IllegalStateException("No statistics in " + report.resolve("index.html"));
      }
      return new StepResult(step, all, requests, cpuMillis, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** CPU milliseconds per request of one server during the step. */
  double cpuPerRequest(String server) {
    return all.total() == 0 ? 0 : (double) cpuMillis.get(server) / all.total();
  }
}
