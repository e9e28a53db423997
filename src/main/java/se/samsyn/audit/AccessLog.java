package se.samsyn.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Where every feature writes its access decisions. The entry joins the caller's transaction: it is
 * stored exactly when the read or change it governs is, and if it cannot be stored the read fails
 * with it (fail closed). Called outside a transaction it refuses.
 */
@Stateless
public class AccessLog {

  @PersistenceContext private EntityManager entityManager;

  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(Actor actor, AccessEvent event) {
    entityManager.persist(new AccessLogEntry(actor, event, Instant.now(clock)));
  }
}
