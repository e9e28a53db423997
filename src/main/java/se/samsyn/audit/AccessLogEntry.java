package se.samsyn.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import se.samsyn.audit.verifier.Seals;

/**
 * One decision about one access: who, when, from where, which participant and record, what was
 * done, and on what basis. Never any case content. Written once, never changed: the entry is its
 * position in the log (its id).
 */
@Entity
@Table(name = "access_log_entry")
public class AccessLogEntry {

  /**
   * Taken from the sequence one at a time, not in allocated blocks: a block held by a quiet node
   * would put its entries below ids the sealer has already sealed.
   */
  @Id
  @SequenceGenerator(
      name = "access_log_entry_id",
      sequenceName = "access_log_entry_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_log_entry_id")
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "staff_subject", nullable = false, updatable = false)
  private String staffSubject;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(updatable = false)
  private String agency;

  @Column(updatable = false)
  private String unit;

  @Column(updatable = false)
  private String roles;

  @Column(name = "client_address", updatable = false)
  private String clientAddress;

  @Column(name = "session_hash", updatable = false)
  private String sessionHash;

  @Column(name = "participant_id", updatable = false)
  private Long participantId;

  @Column(name = "record_type", nullable = false, updatable = false)
  private String recordType;

  @Column(name = "record_id", updatable = false)
  private String recordId;

  @Column(updatable = false)
  private String category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AccessAction action;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AccessDecision decision;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AccessBasis basis;

  @Column(name = "basis_reference", updatable = false)
  private String basisReference;

  @Column(name = "record_agency", updatable = false)
  private String recordAgency;

  protected AccessLogEntry() {}

  AccessLogEntry(Actor actor, AccessEvent event, Instant now) {
    this.occurredAt = now.atOffset(ZoneOffset.UTC);
    this.staffSubject = Objects.requireNonNull(actor.staffSubject(), "staff");
    this.username = Objects.requireNonNull(actor.username(), "username");
    this.agency = actor.agency();
    this.unit = actor.unit();
    this.roles = actor.roles();
    this.clientAddress = actor.clientAddress();
    this.sessionHash = actor.sessionId() == null ? null : sha256(actor.sessionId());
    this.participantId = event.participantId();
    this.recordType = Objects.requireNonNull(event.recordType(), "record type");
    this.recordId = event.recordId();
    this.category = event.category();
    this.action = Objects.requireNonNull(event.action(), "action");
    this.decision = Objects.requireNonNull(event.decision(), "decision");
    this.basis = Objects.requireNonNull(event.basis(), "basis");
    this.basisReference = event.basisReference();
    this.recordAgency = event.recordAgency() == null ? null : event.recordAgency().value();
  }

  /** Every field in a fixed order, for the seal: a changed field changes the hash. */
  String canonical() {
    return canonical(
        id,
        occurredAt.toInstant(),
        staffSubject,
        username,
        agency,
        unit,
        roles,
        clientAddress,
        sessionHash,
        participantId,
        recordType,
        recordId,
        category,
        action.name(),
        decision.name(),
        basis.name(),
        basisReference,
        recordAgency);
  }

  /**
   * The sealed form of an entry given as its stored column values, for tools that seal or verify
   * rows without the entity (the benchmark's data set, which writes millions of sealed rows with
   * COPY): the one definition of what the seal covers.
   */
  public static String canonical(
      Long id,
      Instant occurredAt,
      String staffSubject,
      String username,
      String agency,
      String unit,
      String roles,
      String clientAddress,
      String sessionHash,
      Long participantId,
      String recordType,
      String recordId,
      String category,
      String action,
      String decision,
      String basis,
      String basisReference,
      String recordAgency) {
    return Seals.canonical(
        Arrays.asList(
            String.valueOf(id),
            occurredAt.toString(),
            staffSubject,
            username,
            agency,
            unit,
            roles,
            clientAddress,
            sessionHash,
            participantId == null ? null : participantId.toString(),
            recordType,
            recordId,
            category,
            action,
            decision,
            basis,
            basisReference),
        recordAgency);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt.toInstant();
  }

  public String getStaffSubject() {
    return staffSubject;
  }

  public String getUsername() {
    return username;
  }

  public String getAgency() {
    return agency;
  }

  public String getUnit() {
    return unit;
  }

  public String getRoles() {
    return roles;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public String getSessionHash() {
    return sessionHash;
  }

  public Long getParticipantId() {
    return participantId;
  }

  public String getRecordType() {
    return recordType;
  }

  public String getRecordId() {
    return recordId;
  }

  public String getCategory() {
    return category;
  }

  public AccessAction getAction() {
    return action;
  }

  public AccessDecision getDecision() {
    return decision;
  }

  public AccessBasis getBasis() {
    return basis;
  }

  public String getBasisReference() {
    return basisReference;
  }

  public String getRecordAgency() {
    return recordAgency;
  }
}
