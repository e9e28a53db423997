package se.samsyn.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals the access log every minute. Every node runs it; the node that gets the seal lock seals,
 * one that finds the lock taken skips that minute without waiting (the other node is sealing the
 * same entries), and one that finds nothing new to seal does nothing.
 */
@Singleton
public class AccessLogSealer {

  private static final Logger LOGGER = Logger.getLogger(AccessLogSealer.class.getName());

  @Inject private AuditService auditService;

  @Schedule(minute = "*", hour = "*", persistent = false)
  public void sealRegularly() {
    try {
      auditService
          .seal()
          .ifPresentOrElse(
              entries -> {
                if (entries > 0) {
                  LOGGER.fine(() -> "Sealed " + entries + " access log entries");
                }
              },
              () -> LOGGER.fine("Another node is sealing the access log"));
    } catch (RuntimeException e) {
      LOGGER.log(Level.WARNING, "Sealing the access log failed; the next run tries again", e);
    }
  }
}
