package se.samsyn.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/**
 * Where every feature writes its access decisions. The entry joins the caller's transaction: it is
 * stored exactly when the read or change it governs is, and if it cannot be stored the read fails
 * with it (fail closed). Called outside a transaction it refuses.
 *
 * <p>The entries of one call are written with one statement, their ids drawn from the sequence in
 * it, row by row in order: a timeline of twenty records is one insert, not twenty inserts and
 * twenty sequence calls.
 */
@Stateless
public class AccessLog {

  /** Well below PostgreSQL's 32,767 parameters of one statement. */
  private static final int MOST_ROWS_PER_STATEMENT = 1000;

  /** How the sequence is called in SQL: the standard's form where the database has it. */
  private static volatile String nextId;

  @PersistenceContext private EntityManager entityManager;

  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(Actor actor, AccessEvent event) {
    recordAll(actor, List.of(event));
  }

  /** Records the events of one request together, as of the same moment. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void recordAll(Actor actor, List<AccessEvent> events) {
    Instant now = Instant.now(clock);
    List<AccessLogEntry> entries =
        events.stream().map(event -> new AccessLogEntry(actor, event, now)).toList();
    for (int from = 0; from < entries.size(); from += MOST_ROWS_PER_STATEMENT) {
      insert(entries.subList(from, Math.min(entries.size(), from + MOST_ROWS_PER_STATEMENT)));
    }
  }

  private void insert(List<AccessLogEntry> entries) {
    String row = "(" + nextId() + ", " + AccessLogEntry.ROW_PARAMETERS + ")";
    Query insert =
        entityManager.createNativeQuery(
            "INSERT INTO access_log_entry (id, "
                + String.join(", ", AccessLogEntry.COLUMNS)
                + ") VALUES "
                + String.join(", ", Collections.nCopies(entries.size(), row)));
    int position = 1;
    for (AccessLogEntry entry : entries) {
      for (Object value : entry.values()) {
        insert.setParameter(position++, value);
      }
    }
    insert.executeUpdate();
  }

  private String nextId() {
    if (nextId == null) {
      try {
        String database =
            entityManager.unwrap(Connection.class).getMetaData().getDatabaseProductName();
        nextId =
            database.toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? "nextval('access_log_entry_seq')"
                : "NEXT VALUE FOR access_log_entry_seq";
      } catch (SQLException e) {
        throw new PersistenceException("The database could not be told apart", e);
      }
    }
    return nextId;
  }
}
