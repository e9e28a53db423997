package se.samsyn.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class ConsentRepository {

  @PersistenceContext private EntityManager entityManager;

  List<Consent> findByParticipant(long participantId) {
    return entityManager
        .createNamedQuery("Consent.findByParticipant", Consent.class)
        .setParameter("participant", participantId)
        .getResultList();
  }

  Optional<Consent> find(long id) {
    return Optional.ofNullable(entityManager.find(Consent.class, id));
  }

  /** Stores the consent and gives it its id at once, so that the caller can name it. */
  void persist(Consent consent) {
    entityManager.persist(consent);
    entityManager.flush();
  }
}
