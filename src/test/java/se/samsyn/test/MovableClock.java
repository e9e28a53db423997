package se.samsyn.test;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in an in-container test, moved forward so that a consent's end date or an
 * emergency access's time limit can be tested without waiting. Added to a test's deployment, it
 * takes the place of the platform's clock for every service of that deployment; a test moves it
 * with {@link #moveBy} and puts it back with {@link #reset} before it ends.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
public class MovableClock {

  private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

  public static void moveBy(Duration offset) {
    OFFSET.set(offset);
  }

  public static void reset() {
    OFFSET.set(Duration.ZERO);
  }

  @Produces
  @Alternative
  Clock clock() {
    return new Moved(ZoneId.of("UTC"));
  }

  /** The system clock plus the offset in force when it is read. */
  private static final class Moved extends Clock {

    private final ZoneId zone;

    Moved(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new Moved(other);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(OFFSET.get());
    }
  }
}
