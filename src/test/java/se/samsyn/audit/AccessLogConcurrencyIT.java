package se.samsyn.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.test.Api;
import se.samsyn.test.DemoUser;
import se.samsyn.test.KeycloakExtension;
import se.samsyn.test.RunningApplication;
import se.samsyn.test.Tokens;

/**
 * Every read writes an access-log entry in its own transaction, so concurrent readers are
 * concurrent log writers: none of them may fail for another's id (the H2 identity bug). Runs on
 * PostgreSQL and, tagged, on H2.
 */
@Tag("h2")
@ExtendWith({KeycloakExtension.class, RunningApplication.class})
class AccessLogConcurrencyIT {

  private static final int READERS = 16;
  private static final int REQUESTS_EACH = 200;

  @Test
  void sixteenConcurrentReadersOfATimelineGetNoErrors() throws Exception {
    String token = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String path =
        "/api/participants/"
            + Api.registerParticipant(token, freshNumber(), "Kim", "Kö")
            + "/timeline";
    AtomicInteger answered = new AtomicInteger();
    Map<Integer, AtomicInteger> failures = new ConcurrentHashMap<>();
    ExecutorService readers = Executors.newFixedThreadPool(READERS);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int r = 0; r < READERS; r++) {
        done.add(
            readers.submit(
                () -> {
                  for (int i = 0; i < REQUESTS_EACH; i++) {
                    HttpResponse<String> response = Api.get(token, path);
                    answered.incrementAndGet();
                    if (response.statusCode() != 200) {
                      failures
                          .computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                          .incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> reader : done) {
        reader.get(90, TimeUnit.SECONDS);
      }
    } finally {
      readers.shutdownNow();
    }

    assertEquals(READERS * REQUESTS_EACH, answered.get());
    assertTrue(failures.isEmpty(), "answers other than 200, by status: " + failures);
  }

  /**
   * A valid personal identity number of 15 March 1977 that no earlier run registered: the H2
   * database outlives a run.
   */
  private static String freshNumber() {
    String digits = "770315" + String.format("%03d", 1 + ThreadLocalRandom.current().nextInt(999));
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int value = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += value / 10 + value % 10;
    }
    return "19" + digits + (10 - sum % 10) % 10;
  }
}
