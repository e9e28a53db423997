package se.samsyn.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Provider sessions ended by back-channel logout, shared by all nodes through the database: the
 * logout reaches one node, the user's next request may reach another.
 */
@ApplicationScoped
public class EndedSignIns {

  /** Far beyond any access token's life, after which a renewal is refused anyway. */
  private static final Duration KEPT = Duration.ofDays(1);

  @PersistenceContext private EntityManager entityManager;
  @Inject private Clock clock;

  @Transactional
  public void end(String providerSessionId) {
    Instant now = clock.instant();
    entityManager
        .createQuery("DELETE FROM EndedSignIn e WHERE e.endedAt < :cutoff")
        .setParameter("cutoff", now.minus(KEPT).atOffset(ZoneOffset.UTC))
        .executeUpdate();
    if (entityManager.find(EndedSignIn.class, providerSessionId) == null) {
      entityManager.persist(new EndedSignIn(providerSessionId, now));
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean hasEnded(String providerSessionId) {
    return entityManager.find(EndedSignIn.class, providerSessionId) != null;
  }
}
