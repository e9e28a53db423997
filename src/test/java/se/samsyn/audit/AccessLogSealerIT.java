package se.samsyn.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.platform.DatabaseMigration;
import se.samsyn.test.Deployments;
import se.samsyn.test.MovableClock;

/**
 * The sealer as two nodes run it: while one holds the seal lock, the other's seal and its scheduled
 * sealer skip at once, without an exception in the log, and every entry ends up with one seal in
 * one checkpoint.
 */
// Both databases: the seal lock's FOR UPDATE SKIP LOCKED is the embedded run's too.
@Tag("h2")
@ExtendWith(ArquillianExtension.class)
class AccessLogSealerIT {

  private static final long TIMEOUT_SECONDS = 60;

  /** Far longer than a seal that skips takes, far shorter than one waiting for the lock would. */
  private static final long SKIP_SECONDS = 5;

  private static final Actor STAFF =
      new Actor("sealer-it", "sealer-it", "FK", null, "case-worker", "127.0.0.1", "sealer-it");

  @Deployment
  static WebArchive deployment() {
    return Deployments.feature("audit", "organisation").addClass(MovableClock.class);
  }

  @Inject private AccessLog accessLog;
  @Inject private AuditService auditService;
  @Inject private AccessLogSealer sealer;

  @Resource private ManagedExecutorService executor;
  @Resource private UserTransaction transaction;

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  @AfterEach
  void resetClock() {
    MovableClock.reset();
  }

  @Test
  void aSealerThatFindsTheLockTakenSkipsAtOnceAndEachEntryIsSealedOnce() throws Exception {
    List<Long> written = write(3);
    MovableClock.moveBy(Sealing.PAST_THE_SEAL_DELAY);

    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<Integer> first = executor.submit(() -> sealHoldingTheLock(locked, release));
    Optional<Integer> second;
    try (LogCapture log = new LogCapture()) {
      assertTrue(locked.await(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the first seal got the lock");
      second =
          atOnce(
              executor.submit(
                  () -> {
                    log.watchThisThread();
                    return inTransaction(auditService::seal);
                  }));
      atOnce(
          executor.submit(
              () -> {
                log.watchThisThread();
                sealer.sealRegularly();
                return null;
              }));

      assertEquals(Optional.empty(), second, "the first seal holds the lock: the second skips");
      assertEquals(List.of(), log.problems(), "skipping is not a problem");
      assertTrue(
          log.messages().contains("Another node is sealing the access log"),
          "the scheduled sealer skipped too: " + log.messages());
    } finally {
      release.countDown();
    }
    first.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

    for (long entry : written) {
      assertEquals(1, count("SELECT COUNT(*) FROM access_log_seal WHERE entry_id = ?", entry));
      assertEquals(
          1,
          count(
              "SELECT COUNT(*) FROM access_log_checkpoint"
                  + " WHERE first_entry_id <= ? AND last_entry_id >= ?",
              entry,
              entry),
          "entry " + entry + " is in one checkpoint");
    }
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM access_log_checkpoint a JOIN access_log_checkpoint b"
                + " ON a.id < b.id AND b.first_entry_id <= a.last_entry_id"),
        "no two checkpoints cover the same range");
  }

  /** What a seal that skips answers at once, and one waiting for the lock never answers. */
  private static <T> T atOnce(Future<T> seal) throws Exception {
    try {
      return seal.get(SKIP_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("waited for the other seal's lock instead of skipping", e);
    }
  }

  /**
   * Seals in a transaction kept open, and so the lock held, until released. The scheduled sealer
   * may hold the lock a moment first: then this one tries again.
   */
  private int sealHoldingTheLock(CountDownLatch locked, CountDownLatch release) throws Exception {
    Instant deadline = Instant.now().plusSeconds(TIMEOUT_SECONDS);
    while (Instant.now().isBefore(deadline)) {
      transaction.begin();
      try {
        Optional<Integer> sealed = auditService.seal();
        if (sealed.isPresent()) {
          locked.countDown();
          release.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
          transaction.commit();
          return sealed.get();
        }
        transaction.commit();
      } catch (Exception | Error e) {
        transaction.rollback();
        throw e;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the seal lock was never free");
  }

  private List<Long> write(int entries) throws Exception {
    String reference = "sealer-it-" + UUID.randomUUID();
    inTransaction(
        () -> {
          for (int i = 0; i < entries; i++) {
            accessLog.record(
                STAFF,
                new AccessEvent(
                    42L,
                    "participant",
                    reference,
                    "IDENTITY_AND_CONTACT",
                    AccessAction.READ,
                    AccessDecision.PERMITTED,
                    AccessBasis.OWN_AUTHORITY,
                    null));
          }
          return null;
        });
    List<Long> ids = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT id FROM access_log_entry WHERE record_id = ? ORDER BY id")) {
      query.setString(1, reference);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    assertEquals(entries, ids.size());
    return ids;
  }

  private long count(String sql, long... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setLong(i + 1, parameters[i]);
      }
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private <T> T inTransaction(java.util.concurrent.Callable<T> work) throws Exception {
    transaction.begin();
    try {
      T result = work.call();
      transaction.commit();
      return result;
    } catch (Exception | Error e) {
      transaction.rollback();
      throw e;
    }
  }

  /**
   * What is logged on the threads being watched, from any logger: the sealer's own messages (its
   * logger set to FINE meanwhile), and every warning or exception as a problem.
   */
  private static final class LogCapture extends Handler implements AutoCloseable {

    private static final Logger ROOT = Logger.getLogger("");
    private static final Logger SEALER = Logger.getLogger(AccessLogSealer.class.getName());

    private final Set<Long> threads = ConcurrentHashMap.newKeySet();
    private final List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Level sealerLevel = SEALER.getLevel();

    LogCapture() {
      setLevel(Level.ALL);
      SEALER.setLevel(Level.FINE);
      ROOT.addHandler(this);
    }

    void watchThisThread() {
      threads.add(Thread.currentThread().getId());
    }

    List<String> messages() {
      return messages;
    }

    List<String> problems() {
      return problems;
    }

    @Override
    public void publish(LogRecord record) {
      if (!threads.contains(record.getLongThreadID())) {
        return;
      }
      messages.add(record.getMessage());
      if (record.getThrown() != null || record.getLevel().intValue() >= Level.WARNING.intValue()) {
        problems.add(
            record.getLevel()
                + " "
                + record.getLoggerName()
                + ": "
                + record.getMessage()
                + " "
                + record.getThrown());
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
      ROOT.removeHandler(this);
      SEALER.setLevel(sealerLevel);
    }
  }
}
