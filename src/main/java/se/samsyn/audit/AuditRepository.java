package se.samsyn.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class AuditRepository {

  @PersistenceContext private EntityManager entityManager;

  /**
   * The seal lock for this transaction, if no other node holds it: one seal at a time across the
   * cluster. Skips rather than waits, so a node never queues behind another only to find the
   * entries sealed (H2 2.2 knows SKIP LOCKED as well).
   *
   * @return false, without waiting, when another transaction holds the lock
   */
  boolean tryLockSealing() {
    if (!entityManager
        .createNativeQuery(
            "SELECT id FROM access_log_seal_lock WHERE id = 1 FOR UPDATE SKIP LOCKED")
        .getResultList()
        .isEmpty()) {
      return true;
    }
    requireSealLock();
    return false;
  }

  /** Without its row (migration V3) nothing would ever be sealed: a defect, not another node. */
  private void requireSealLock() {
    Number rows =
        (Number)
            entityManager
                .createNativeQuery("SELECT COUNT(*) FROM access_log_seal_lock WHERE id = 1")
                .getSingleResult();
    if (rows.longValue() == 0) {
      throw new IllegalStateException("The row of access_log_seal_lock is missing");
    }
  }

  Optional<AccessLogCheckpoint> latestCheckpoint() {
    return entityManager
        .createQuery(
            "SELECT c FROM AccessLogCheckpoint c ORDER BY c.id DESC", AccessLogCheckpoint.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  Optional<AccessLogCheckpoint> checkpoint(long id) {
    return Optional.ofNullable(entityManager.find(AccessLogCheckpoint.class, id));
  }

  List<AccessLogCheckpoint> checkpointsAfter(long afterId, long lastId, int limit) {
    return entityManager
        .createQuery(
            "SELECT c FROM AccessLogCheckpoint c WHERE c.id > :after AND c.id <= :last"
                + " ORDER BY c.id",
            AccessLogCheckpoint.class)
        .setParameter("after", afterId)
        .setParameter("last", lastId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The first checkpoint sealed with the key (migration V21); earlier ones are unkeyed. */
  long firstKeyedCheckpoint() {
    return ((Number)
            entityManager
                .createNativeQuery("SELECT first_checkpoint_id FROM access_log_keyed_seals")
                .getSingleResult())
        .longValue();
  }

  /**
   * The export's claim for this transaction, if no other node holds it: the last checkpoint
   * exported. Skips rather than waits, so a node never queues behind another doing the same work.
   */
  Optional<Long> claimCheckpointExport() {
    return entityManager
        .createNativeQuery(
            "SELECT last_checkpoint_id FROM access_log_checkpoint_export WHERE id = 1"
                + " FOR UPDATE SKIP LOCKED")
        .getResultStream()
        .findFirst()
        .map(last -> ((Number) last).longValue());
  }

  void checkpointsExportedUpTo(long checkpointId) {
    entityManager
        .createNativeQuery(
            "UPDATE access_log_checkpoint_export SET last_checkpoint_id = ? WHERE id = 1")
        .setParameter(1, checkpointId)
        .executeUpdate();
  }

  /** Entries after an id, oldest first, each with its seal's chain hash (null while unsealed). */
  List<Object[]> exportPage(AuditorScope scope, AccessLogFilter filter, long afterId, int limit) {
    String where = where(scope, filter);
    TypedQuery<Object[]> query =
        entityManager.createQuery(
            "SELECT e, s.chainHash FROM AccessLogEntry e LEFT JOIN AccessLogSeal s"
                + " ON s.entryId = e.id"
                + (where.isEmpty() ? " WHERE" : where + " AND")
                + " e.id > :after ORDER BY e.id",
            Object[].class);
    bind(query, scope, filter);
    return query.setParameter("after", afterId).setMaxResults(limit).getResultList();
  }

  void clear() {
    entityManager.clear();
  }

  List<AccessLogEntry> entriesAfter(long afterId, int limit) {
    return entityManager
        .createQuery(
            "SELECT e FROM AccessLogEntry e WHERE e.id > :after ORDER BY e.id",
            AccessLogEntry.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  List<AccessLogEntry> entriesBetween(long first, long last) {
    return entityManager
        .createQuery(
            "SELECT e FROM AccessLogEntry e WHERE e.id BETWEEN :first AND :last ORDER BY e.id",
            AccessLogEntry.class)
        .setParameter("first", first)
        .setParameter("last", last)
        .getResultList();
  }

  List<AccessLogSeal> sealsOf(long checkpointId) {
    return entityManager
        .createQuery(
            "SELECT s FROM AccessLogSeal s WHERE s.checkpointId = :checkpoint ORDER BY s.entryId",
            AccessLogSeal.class)
        .setParameter("checkpoint", checkpointId)
        .getResultList();
  }

  /** The first and last id of the entries written in {@code [from, to)}, if any were. */
  Optional<EntryRange> entriesWritten(Instant from, Instant to) {
    Object[] range =
        entityManager
            .createQuery(
                "SELECT MIN(e.id), MAX(e.id), COUNT(e) FROM AccessLogEntry e"
                    + " WHERE e.occurredAt >= :from AND e.occurredAt < :to",
                Object[].class)
            .setParameter("from", from.atOffset(ZoneOffset.UTC))
            .setParameter("to", to.atOffset(ZoneOffset.UTC))
            .getSingleResult();
    return range[0] == null
        ? Optional.empty()
        : Optional.of(
            new EntryRange(
                ((Number) range[0]).longValue(),
                ((Number) range[1]).longValue(),
                ((Number) range[2]).longValue()));
  }

  long countEntries() {
    return entityManager
        .createQuery("SELECT COUNT(e) FROM AccessLogEntry e", Long.class)
        .getSingleResult();
  }

  List<AccessLogEntry> search(AuditorScope scope, AccessLogFilter filter, int first, int pageSize) {
    TypedQuery<AccessLogEntry> query =
        entityManager.createQuery(
            "SELECT e FROM AccessLogEntry e" + where(scope, filter) + " ORDER BY e.id DESC",
            AccessLogEntry.class);
    bind(query, scope, filter);
    return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
  }

  long count(AuditorScope scope, AccessLogFilter filter) {
    TypedQuery<Long> query =
        entityManager.createQuery(
            "SELECT COUNT(e) FROM AccessLogEntry e" + where(scope, filter), Long.class);
    bind(query, scope, filter);
    return query.getSingleResult();
  }

  /**
   * An authority's auditor sees what its staff did and every access to its records by anyone else.
   */
  private static String where(AuditorScope scope, AccessLogFilter filter) {
    List<String> conditions = new ArrayList<>();
    if (!scope.isWholeForbund()) {
      conditions.add("(e.agency = :scope OR e.recordAgency = :scope)");
    }
    if (filter.participantId() != null) {
      conditions.add("e.participantId = :participant");
    }
    if (filter.username() != null) {
      conditions.add("e.username = :username");
    }
    if (filter.agency() != null) {
      conditions.add("e.agency = :agency");
    }
    if (filter.from() != null) {
      conditions.add("e.occurredAt >= :from");
    }
    if (filter.to() != null) {
      conditions.add("e.occurredAt < :to");
    }
    if (filter.action() != null) {
      conditions.add("e.action = :action");
    }
    if (filter.decision() != null) {
      conditions.add("e.decision = :decision");
    }
    if (filter.basis() != null) {
      conditions.add("e.basis = :basis");
    }
    if (filter.consentId() != null) {
      conditions.add("e.basis = :consentBasis AND e.basisReference = :consent");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void bind(TypedQuery<?> query, AuditorScope scope, AccessLogFilter filter) {
    scope.authority().ifPresent(own -> query.setParameter("scope", own.value()));
    if (filter.participantId() != null) {
      query.setParameter("participant", filter.participantId());
    }
    if (filter.username() != null) {
      query.setParameter("username", filter.username());
    }
    if (filter.agency() != null) {
      query.setParameter("agency", filter.agency());
    }
    if (filter.from() != null) {
      query.setParameter("from", filter.from().atOffset(java.time.ZoneOffset.UTC));
    }
    if (filter.to() != null) {
      query.setParameter("to", filter.to().atOffset(java.time.ZoneOffset.UTC));
    }
    if (filter.action() != null) {
      query.setParameter("action", filter.action());
    }
    if (filter.decision() != null) {
      query.setParameter("decision", filter.decision());
    }
    if (filter.basis() != null) {
      query.setParameter("basis", filter.basis());
    }
    if (filter.consentId() != null) {
      query.setParameter("consentBasis", AccessBasis.CONSENT);
      query.setParameter("consent", String.valueOf(filter.consentId()));
    }
  }

  void persist(Object entity) {
    entityManager.persist(entity);
  }

  void flush() {
    entityManager.flush();
  }
}
