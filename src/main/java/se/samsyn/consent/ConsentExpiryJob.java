package se.samsyn.consent;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Once a night, tells case workers about consents that end soon and those that have ended. */
@Singleton
public class ConsentExpiryJob {

  private static final Logger LOG = Logger.getLogger(ConsentExpiryJob.class.getName());

  @Inject private ConsentService consentService;

  @Schedule(hour = "1", minute = "15", persistent = false)
  void noticeEndingConsents() {
    int noted = consentService.noticeEndingConsents();
    LOG.info(() -> noted + " ending or ended consents noticed");
  }
}
