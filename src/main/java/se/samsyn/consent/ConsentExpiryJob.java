package se.samsyn.consent;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import se.samsyn.platform.Clocks;
import se.samsyn.platform.JobClaims;

/**
 * Once a night, tells case workers about consents that end soon and those that have ended. Every
 * node fires it; the night's claim lets one of them do the work, in the claim's transaction.
 */
@Singleton
// The job keeps no state of its own: the database claim, not the bean's lock, keeps runs apart.
@Lock(LockType.READ)
public class ConsentExpiryJob {

  static final String JOB = "consent-expiry";

  private static final Logger LOG = Logger.getLogger(ConsentExpiryJob.class.getName());

  @Inject private ConsentService consentService;
  @Inject private JobClaims claims;
  @Inject private Clock clock;

  @Schedule(hour = "1", minute = "15", persistent = false)
  public void noticeEndingConsents() {
    String night = Clocks.today(clock).toString();
    if (!claims.claim(JOB, night)) {
      LOG.fine(() -> "Consent expiry for " + night + " is another node's");
      return;
    }
    int noted = consentService.noticeEndingConsents();
    LOG.info(() -> noted + " ending or ended consents noticed");
  }
}
