package se.samsyn.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import se.samsyn.organisation.AgencyCode;

/**
 * One change of an authority's own identity record, or of the protected-identity marker it set or
 * lifted: who, when, which field, old and new value, and why where a reason is required. Each
 * authority's history holds only its own changes, so an old value is always its own.
 */
@Entity
@Table(name = "identity_change")
@NamedQuery(
    name = "IdentityChange.findByParticipantAndAgency",
    query =
        "SELECT c FROM IdentityChange c WHERE c.participant = :participant AND c.agency = :agency"
            + " ORDER BY c.changedAt DESC, c.id DESC")
public class IdentityChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", updatable = false)
  private Participant participant;

  @Column(nullable = false, updatable = false)
  private String field;

  @Column(name = "old_value", updatable = false)
  private String oldValue;

  @Column(name = "new_value", updatable = false)
  private String newValue;

  @Column(name = "changed_by", nullable = false, updatable = false)
  private String changedBy;

  @Column(nullable = false, updatable = false)
  private AgencyCode agency;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private OffsetDateTime changedAt;

  @Column(updatable = false)
  @Size(max = Participant.MAX_REASON_LENGTH)
  private String reason;

  protected IdentityChange() {}

  IdentityChange(
      Participant participant,
      AgencyCode agency,
      String field,
      String oldValue,
      String newValue,
      String changedBy,
      Instant now,
      String reason) {
    this.participant = participant;
    this.agency = agency;
    this.field = field;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.changedBy = changedBy;
    this.changedAt = now.atOffset(ZoneOffset.UTC);
    this.reason = reason;
  }

  public Long getId() {
    return id;
  }

  public AgencyCode getAgency() {
    return agency;
  }

  public String getField() {
    return field;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt.toInstant();
  }

  public String getReason() {
    return reason;
  }
}
