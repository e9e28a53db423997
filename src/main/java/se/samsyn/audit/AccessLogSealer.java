package se.samsyn.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals the access log every minute. Every node runs it; the seal lock makes the nodes take turns
 * and a node that finds nothing new to seal does nothing.
 */
@Singleton
public class AccessLogSealer {

  private static final Logger LOGGER = Logger.getLogger(AccessLogSealer.class.getName());

  @Inject private AuditService auditService;

  @Schedule(minute = "*", hour = "*", persistent = false)
  void sealRegularly() {
    try {
      int sealed = auditService.seal();
      if (sealed > 0) {
        LOGGER.fine(() -> "Sealed " + sealed + " access log entries");
      }
    } catch (RuntimeException e) {
      LOGGER.log(Level.WARNING, "Sealing the access log failed; the next run tries again", e);
    }
  }
}
