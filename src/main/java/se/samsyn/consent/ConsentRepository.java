package se.samsyn.consent;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

@ApplicationScoped
class ConsentRepository {

  /**
   * What the gate decides on is read once per participant and transaction: a page or request that
   * decides several records, or the participant and then their records, asks again and again. The
   * managed entities are the same within the transaction, so a withdrawal in it is seen; what this
   * repository stores, and the statements that move records between participants, forget it.
   */
  private static final String DECISION_INPUTS = ConsentRepository.class.getName() + ".inputs";

  @PersistenceContext private EntityManager entityManager;

  @Resource private TransactionSynchronizationRegistry transactions;

  List<Consent> findByParticipant(long participantId) {
    return remembered(
        "consents " + participantId,
        () ->
            withCollections(" WHERE c.participantId = :participant")
                .setParameter("participant", participantId)
                .getResultList());
  }

  /**
   * Reads what the gate decides on for many participants at once (a page of search hits) and
   * remembers it per participant as {@link #findByParticipant}, {@link #restrictions} and {@link
   * #emergencyAccess} do: a statement each for all of them, not each for every one. The ids are a
   * page's, never a list that grows with the data.
   */
  void rememberDecisionInputs(Set<Long> participantIds, boolean emergencyAccess) {
    if (!inTransaction()) {
      return;
    }
    Set<Long> unread = new HashSet<>(participantIds);
    unread.removeIf(id -> inputs().containsKey("consents " + id));
    if (unread.isEmpty()) {
      return;
    }
    remember(
        "consents ",
        unread,
        withCollections(" WHERE c.participantId IN :participants")
            .setParameter("participants", unread)
            .getResultList(),
        Consent::getParticipantId);
    remember(
        "restrictions ",
        unread,
        withCategories(
                entityManager.createQuery(
                    "SELECT r FROM Restriction r WHERE r.participantId IN :participants"
                        + " ORDER BY r.recordedAt DESC",
                    Restriction.class))
            .setParameter("participants", unread)
            .getResultList(),
        Restriction::getParticipantId);
    if (emergencyAccess) {
      remember(
          "emergency access ",
          unread,
          entityManager
              .createQuery(
                  "SELECT a FROM EmergencyAccess a WHERE a.participantId IN :participants",
                  EmergencyAccess.class)
              .setParameter("participants", unread)
              .getResultList(),
          EmergencyAccess::getParticipantId);
    }
  }

  private <T> void remember(
      String key, Set<Long> participantIds, List<T> read, Function<T, Long> participantOf) {
    Map<Long, List<T>> byParticipant = new HashMap<>();
    for (T item : read) {
      byParticipant.computeIfAbsent(participantOf.apply(item), id -> new ArrayList<>()).add(item);
    }
    Map<String, List<?>> inputs = inputs();
    for (long id : participantIds) {
      inputs.put(key + id, List.copyOf(byParticipant.getOrDefault(id, List.of())));
    }
  }

  private static TypedQuery<Restriction> withCategories(TypedQuery<Restriction> query) {
    return query
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "r.categories");
  }

  /**
   * The consents the condition finds, newest first, with their authorities, categories and answers:
   * the authorities and categories joined into the same statement (sets, so the rows the joins
   * repeat do no harm), the answers (a list) with one more statement for all the consents found;
   * two statements, not three for every consent.
   */
  private TypedQuery<Consent> withCollections(String condition) {
    return entityManager
        .createQuery(
            "SELECT DISTINCT c FROM Consent c LEFT JOIN FETCH c.agencies"
                + " LEFT JOIN FETCH c.categories"
                + condition
                + " ORDER BY c.recordedAt DESC",
            Consent.class)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "c.confirmations");
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
    return remembered(
        "restrictions " + participantId,
        () ->
            withCategories(
                    entityManager.createNamedQuery(
                        "Restriction.findByParticipant", Restriction.class))
                .setParameter("participant", participantId)
                .getResultList());
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
    return remembered(
        "emergency access " + participantId,
        () ->
            entityManager
                .createNamedQuery("EmergencyAccess.findByParticipant", EmergencyAccess.class)
                .setParameter("participant", participantId)
                .getResultList());
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
    forgetDecisionInputs();
    entityManager.persist(access);
    entityManager.flush();
  }

  Optional<ConsentDocument> document(long consentId) {
    return Optional.ofNullable(entityManager.find(ConsentDocument.class, consentId));
  }

  void persist(ConsentDocument document) {
    forgetDecisionInputs();
    entityManager.persist(document);
  }

  Optional<Restriction> findRestriction(long id) {
    return Optional.ofNullable(entityManager.find(Restriction.class, id));
  }

  void persist(Restriction restriction) {
    forgetDecisionInputs();
    entityManager.persist(restriction);
    entityManager.flush();
  }

  /** Stores the consent and gives it its id at once, so that the caller can name it. */
  void persist(Consent consent) {
    forgetDecisionInputs();
    entityManager.persist(consent);
    entityManager.flush();
  }

  /** After a change this repository does not see, such as a statement moving records. */
  void forgetDecisionInputs() {
    if (inTransaction() && transactions.getResource(DECISION_INPUTS) instanceof Map<?, ?> inputs) {
      inputs.clear();
    }
  }

  @SuppressWarnings("unchecked")
  private <T> List<T> remembered(String key, Supplier<List<T>> query) {
    if (!inTransaction()) {
      return query.get();
    }
    return (List<T>) inputs().computeIfAbsent(key, k -> List.copyOf(query.get()));
  }

  /** The decision inputs read in this transaction; outside one, an empty map nobody keeps. */
  @SuppressWarnings("unchecked")
  private Map<String, List<?>> inputs() {
    if (!inTransaction()) {
      return new HashMap<>();
    }
    Map<String, List<?>> inputs = (Map<String, List<?>>) transactions.getResource(DECISION_INPUTS);
    if (inputs == null) {
      inputs = new HashMap<>();
      transactions.putResource(DECISION_INPUTS, inputs);
    }
    return inputs;
  }

  private boolean inTransaction() {
    return transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
  }
}
