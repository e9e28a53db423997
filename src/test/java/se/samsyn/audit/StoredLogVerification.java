package se.samsyn.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samsyn.audit.verifier.Seals;

/**
 * The application's verification of the whole log ({@code AuditService.verify}) run over JDBC on
 * rows that something else wrote: every checkpoint must follow the one before and be consistent
 * under its key, and {@link ChainVerifier} must find each checkpoint's entries and seals intact.
 * For tests of tools that write the log directly, such as the benchmark's data set.
 */
public final class StoredLogVerification {

  private StoredLogVerification() {}

  /**
   * @return empty when the log verifies, else where and why not
   */
  public static Optional<String> verify(Connection connection, Seals keyed) throws SQLException {
    long keyedFrom;
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT first_checkpoint_id FROM access_log_keyed_seals")) {
      rows.next();
      keyedFrom = rows.getLong(1);
    }
    String chain = Seals.GENESIS;
    String previous = Seals.GENESIS;
    long expectedFirst = 1;
    try (Statement statement = connection.createStatement();
        ResultSet checkpoints =
            statement.executeQuery(
                "SELECT id, sealed_at, first_entry_id, last_entry_id, entry_count, chain_hash,"
                    + " previous_hash, checkpoint_hash FROM access_log_checkpoint ORDER BY id")) {
      while (checkpoints.next()) {
        long id = checkpoints.getLong(1);
        long first = checkpoints.getLong(3);
        long last = checkpoints.getLong(4);
        String chainAfter = checkpoints.getString(6);
        Seals seals = id >= keyedFrom ? keyed : Seals.unkeyed();
        String expectedHash =
            seals.checkpointHash(
                checkpoints.getString(7),
                first,
                last,
                checkpoints.getLong(5),
                chainAfter,
                checkpoints.getObject(2, OffsetDateTime.class).toInstant());
        if (!checkpoints.getString(7).equals(previous)
            || !checkpoints.getString(8).equals(expectedHash)) {
          return Optional.of("checkpoint " + id + ": checkpoint chain broken");
        }
        Optional<ChainVerifier.Problem> problem =
            ChainVerifier.verify(
                seals,
                chain,
                first,
                chainAfter,
                entries(connection, Math.min(expectedFirst, first), last),
                seals(connection, id));
        if (problem.isPresent()) {
          return Optional.of(
              "entry " + problem.get().position() + ": " + problem.get().description());
        }
        chain = chainAfter;
        previous = checkpoints.getString(8);
        expectedFirst = last + 1;
      }
    }
    return Optional.empty();
  }

  private static List<ChainVerifier.StoredEntry> entries(Connection connection, long from, long to)
      throws SQLException {
    List<ChainVerifier.StoredEntry> entries = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT id, occurred_at, staff_subject, username, agency, unit, roles, client_address,"
                + " session_hash, participant_id, record_type, record_id, category, action,"
                + " decision, basis, basis_reference, record_agency FROM access_log_entry"
                + " WHERE id BETWEEN ? AND ? ORDER BY id")) {
      statement.setLong(1, from);
      statement.setLong(2, to);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          Long participant = rows.getObject(10, Long.class);
          entries.add(
              new ChainVerifier.StoredEntry(
                  rows.getLong(1),
                  AccessLogEntry.canonical(
                      rows.getLong(1),
                      rows.getObject(2, OffsetDateTime.class).toInstant(),
                      rows.getString(3),
                      rows.getString(4),
                      rows.getString(5),
                      rows.getString(6),
                      rows.getString(7),
                      rows.getString(8),
                      rows.getString(9),
                      participant,
                      rows.getString(11),
                      rows.getString(12),
                      rows.getString(13),
                      rows.getString(14),
                      rows.getString(15),
                      rows.getString(16),
                      rows.getString(17),
                      rows.getString(18))));
        }
      }
    }
    return entries;
  }

  private static List<ChainVerifier.Seal> seals(Connection connection, long checkpoint)
      throws SQLException {
    List<ChainVerifier.Seal> seals = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT entry_id, chain_hash FROM access_log_seal WHERE checkpoint_id = ?"
                + " ORDER BY entry_id")) {
      statement.setLong(1, checkpoint);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          seals.add(new ChainVerifier.Seal(rows.getLong(1), rows.getString(2)));
        }
      }
    }
    return seals;
  }
}
