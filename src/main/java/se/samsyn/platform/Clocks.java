package se.samsyn.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The application's one clock. Services inject {@link Clock} instead of asking the system, so that
 * tests of expired and not-yet-valid consents move time instead of waiting. Swedish law counts days
 * in Swedish time: {@link #today(Clock)} is the day a consent's dates are compared with.
 */
@ApplicationScoped
public class Clocks {

  public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  /** Dependent, not a proxied scope: {@link Clock} is a JDK class and the clock holds no state. */
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }

  /** The day it is in Sweden by that clock. */
  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(SWEDEN));
  }
}
