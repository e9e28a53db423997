package se.samsyn.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
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

  /** Consents past their end date, not withdrawn, whose end has not been noticed yet. */
  List<Consent> expiredUnnoticed(LocalDate today) {
    return entityManager
        .createQuery(
            "SELECT c FROM Consent c WHERE c.validUntil < :today AND c.withdrawnAt IS NULL"
                + " AND c.expiryNoticedAt IS NULL",
            Consent.class)
        .setParameter("today", today)
        .getResultList();
  }

  /** Active consents ending by that day whose coming end has not been noticed yet. */
  List<Consent> endingUnnoticed(LocalDate today, LocalDate endingBy) {
    return entityManager
        .createQuery(
            "SELECT c FROM Consent c WHERE c.validUntil >= :today AND c.validUntil <= :endingBy"
                + " AND c.validFrom <= :today AND c.withdrawnAt IS NULL"
                + " AND c.endingNoticedAt IS NULL",
            Consent.class)
        .setParameter("today", today)
        .setParameter("endingBy", endingBy)
        .getResultList();
  }

  List<Restriction> restrictions(long participantId) {
    return entityManager
        .createNamedQuery("Restriction.findByParticipant", Restriction.class)
        .setParameter("participant", participantId)
        .getResultList();
  }

  /**
   * Consents recorded by another authority that name the authority and have not ended: withdrawn
   * and expired ones need no answer. Whether it has answered is the consent's to say.
   */
  List<Consent> awaitingAnswer(String agency, LocalDate day) {
    return entityManager
        .createQuery(
            "SELECT c FROM Consent c WHERE :agency MEMBER OF c.agencies"
                + " AND c.recordedByAgency <> :agency AND c.withdrawnAt IS NULL"
                + " AND c.validUntil >= :day ORDER BY c.recordedAt",
            Consent.class)
        .setParameter("agency", agency)
        .setParameter("day", day)
        .getResultList();
  }

  /** The consents in force on that day that name the authority and cover the category. */
  List<Consent> activeConsentsNaming(String agency, InformationCategory category, LocalDate day) {
    return entityManager
        .createQuery(
            "SELECT DISTINCT c FROM Consent c JOIN c.agencies a JOIN c.categories k"
                + " WHERE a = :agency AND k = :category AND c.withdrawnAt IS NULL"
                + " AND c.validFrom <= :day AND c.validUntil >= :day",
            Consent.class)
        .setParameter("agency", agency)
        .setParameter("category", category)
        .setParameter("day", day)
        .getResultList();
  }

  /** The participants with a restriction in force keeping the category from the authority. */
  List<Long> restrictedParticipants(String agency, InformationCategory category) {
    return entityManager
        .createQuery(
            "SELECT DISTINCT r.participantId FROM Restriction r JOIN r.categories k"
                + " WHERE r.agency = :agency AND k = :category AND r.liftedAt IS NULL",
            Long.class)
        .setParameter("agency", agency)
        .setParameter("category", category)
        .getResultList();
  }

  /** Consents naming the authority, or every consent when it is null; newest first. */
  List<Consent> register(String agency, int first, int pageSize) {
    return naming(
            agency,
            "SELECT c FROM Consent c",
            " ORDER BY c.recordedAt DESC, c.id DESC",
            Consent.class)
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultList();
  }

  long registerCount(String agency) {
    return naming(agency, "SELECT COUNT(c) FROM Consent c", "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> naming(String agency, String select, String order, Class<T> type) {
    if (agency == null) {
      return entityManager.createQuery(select + order, type);
    }
    return entityManager
        .createQuery(select + " WHERE :agency MEMBER OF c.agencies" + order, type)
        .setParameter("agency", agency);
  }

  List<EmergencyAccess> emergencyAccess(long participantId) {
    return entityManager
        .createNamedQuery("EmergencyAccess.findByParticipant", EmergencyAccess.class)
        .setParameter("participant", participantId)
        .getResultList();
  }

  List<EmergencyAccess> unreviewedEmergencyAccess() {
    return entityManager
        .createNamedQuery("EmergencyAccess.unreviewed", EmergencyAccess.class)
        .getResultList();
  }

  List<EmergencyAccess> emergencyAccessOf(String username) {
    return entityManager
        .createNamedQuery("EmergencyAccess.findByUser", EmergencyAccess.class)
        .setParameter("username", username)
        .getResultList();
  }

  Optional<EmergencyAccess> findEmergencyAccess(long id) {
    return Optional.ofNullable(entityManager.find(EmergencyAccess.class, id));
  }

  void persist(EmergencyAccess access) {
    entityManager.persist(access);
    entityManager.flush();
  }

  Optional<ConsentDocument> document(long consentId) {
    return Optional.ofNullable(entityManager.find(ConsentDocument.class, consentId));
  }

  void persist(ConsentDocument document) {
    entityManager.persist(document);
  }

  Optional<Restriction> findRestriction(long id) {
    return Optional.ofNullable(entityManager.find(Restriction.class, id));
  }

  void persist(Restriction restriction) {
    entityManager.persist(restriction);
    entityManager.flush();
  }

  /** Stores the consent and gives it its id at once, so that the caller can name it. */
  void persist(Consent consent) {
    entityManager.persist(consent);
    entityManager.flush();
  }
}
