package se.samsyn.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.audit.Actor;
import se.samsyn.notice.NoticeService;
import se.samsyn.notice.NoticeView;
import se.samsyn.organisation.AgencyCode;
import se.samsyn.organisation.OrganisationService;
import se.samsyn.organisation.StaffIdentity;
import se.samsyn.participant.ContactDetails;
import se.samsyn.participant.IdentityDetails;
import se.samsyn.participant.ParticipantRegistration;
import se.samsyn.participant.ParticipantService;
import se.samsyn.participant.PersonalIdentityNumber;
import se.samsyn.participant.Sex;
import se.samsyn.platform.JobClaims;
import se.samsyn.test.Deployments;
import se.samsyn.test.MovableClock;

/**
 * The nightly consent job as two nodes run it: both fire at once, one does the night's work, the
 * other skips without an exception.
 */
// Both databases: the claim's FOR UPDATE SKIP LOCKED is the embedded run's too.
@Tag("h2")
@ExtendWith(ArquillianExtension.class)
class ConsentExpiryJobIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));
  private static final long TIMEOUT_SECONDS = 60;

  @Deployment
  static WebArchive deployment() {
    return Deployments.feature(
            "consent", "participant", "timeline", "note", "notice", "audit", "organisation")
        .addClass(MovableClock.class);
  }

  @Inject private ConsentExpiryJob job;
  @Inject private JobClaims claims;
  @Inject private ConsentService consents;
  @Inject private ParticipantService participants;
  @Inject private OrganisationService organisation;
  @Inject private NoticeService notices;

  @Resource private ManagedExecutorService executor;
  @Resource private UserTransaction transaction;

  @AfterEach
  void resetClock() {
    MovableClock.reset();
  }

  @Test
  void twoNodesFiringTogetherTellTheCaseWorkerOnceAndNeitherFails() throws Exception {
    Actor fk = staff("FK");
    String reference = register(fk, "199005162384");
    consents
        .record(
            fk,
            reference,
            new ConsentTerms(
                Set.of("FK", "AF"),
                Set.of(InformationCategory.NOTES),
                ConsentPurpose.SIP,
                "SIP om arbetsträning",
                "Inget om missbruk",
                ConsentForm.WRITTEN,
                ConsentGiver.PARTICIPANT,
                null,
                TODAY.minusDays(30),
                TODAY.minusDays(1),
                null))
        .orElseThrow();
    // A night no earlier run of this test (the database may be kept) has claimed.
    MovableClock.moveBy(Duration.ofDays(400 + (System.nanoTime() & 0xffff)));

    CountDownLatch start = new CountDownLatch(1);
    Callable<Void> node =
        () -> {
          start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
          job.noticeEndingConsents();
          return null;
        };
    Future<Void> nodeA = executor.submit(node);
    Future<Void> nodeB = executor.submit(node);
    start.countDown();
    nodeA.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    nodeB.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

    List<NoticeView> told =
        notices.unread(fk).stream()
            .filter(n -> reference.equals(n.participantReference()))
            .filter(n -> n.messageKey().equals("notice.consentExpired"))
            .toList();
    assertEquals(1, told.size(), "the night's work is done once: " + told);
  }

  @Test
  void aNodeThatFindsTheRunHeldSkipsAtOnceAndAClaimedRunIsNotClaimedAgain() throws Exception {
    String run = "it-" + UUID.randomUUID();
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<Boolean> first =
        executor.submit(
            () ->
                inTransaction(
                    () -> {
                      boolean won = claims.claim(ConsentExpiryJob.JOB, run);
                      claimed.countDown();
                      release.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                      return won;
                    }));
    try {
      assertTrue(claimed.await(TIMEOUT_SECONDS, TimeUnit.SECONDS));
      long started = System.nanoTime();
      Future<Boolean> second =
          executor.submit(() -> inTransaction(() -> claims.claim(ConsentExpiryJob.JOB, run)));
      assertFalse(second.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the first node holds the run");
      assertTrue(
          Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5,
          "skips instead of waiting for the first node");
    } finally {
      release.countDown();
    }
    assertTrue(first.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    assertFalse(inTransaction(() -> claims.claim(ConsentExpiryJob.JOB, run)), "done already");
    assertTrue(
        inTransaction(() -> claims.claim(ConsentExpiryJob.JOB, "it-" + UUID.randomUUID())),
        "the next run is free");
  }

  private <T> T inTransaction(Callable<T> work) throws Exception {
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

  private String register(Actor actor, String number) {
    return participants.register(
        actor,
        new ParticipantRegistration(
            PersonalIdentityNumber.of(number),
            new IdentityDetails("Test", "Nattjobb", Sex.FEMALE, null, false, false),
            ContactDetails.none(),
            organisation
                .agency(AgencyCode.of(actor.agency()))
                .orElseThrow()
                .getUnits()
                .get(0)
                .getId(),
            TODAY));
  }

  private Actor staff(String agency) {
    String subject = "consent-job-it-" + agency.toLowerCase();
    organisation.recordLogin(
        new StaffIdentity(subject, subject, "Test " + agency, null, AgencyCode.of(agency)));
    return new Actor(subject, subject, agency, null, "case-worker", "127.0.0.1", "consent-job-it");
  }
}
