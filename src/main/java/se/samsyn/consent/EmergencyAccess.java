package se.samsyn.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Emergency access (nödåtkomst): one user may read one participant's records for a limited time
 * after giving a reason. It is never extended; it waits for an auditor's review.
 */
@Entity
@Table(name = "emergency_access")
@NamedQuery(
    name = "EmergencyAccess.findByParticipant",
    query = "SELECT a FROM EmergencyAccess a WHERE a.participantId = :participant")
@NamedQuery(
    name = "EmergencyAccess.findByUser",
    query = "SELECT a FROM EmergencyAccess a WHERE a.username = :username ORDER BY a.openedAt")
@NamedQuery(
    name = "EmergencyAccess.unreviewed",
    query = "SELECT a FROM EmergencyAccess a WHERE a.reviewedAt IS NULL ORDER BY a.openedAt")
public class EmergencyAccess {

  public static final int MAX_TEXT = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "participant_id", nullable = false, updatable = false)
  private Long participantId;

  @Column(nullable = false, updatable = false)
  private String agency;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(nullable = false, updatable = false)
  @Size(max = MAX_TEXT)
  private String reason;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private OffsetDateTime openedAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "reviewed_at")
  private OffsetDateTime reviewedAt;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "review_note")
  @Size(max = MAX_TEXT)
  private String reviewNote;

  @Version private long version;

  protected EmergencyAccess() {}

  EmergencyAccess(
      long participantId,
      String agency,
      String username,
      String reason,
      Instant now,
      Duration duration) {
    requireReason(reason);
    this.participantId = participantId;
    this.agency = agency;
    this.username = username;
    this.reason = reason.strip();
    this.openedAt = now.atOffset(ZoneOffset.UTC);
    this.expiresAt = now.plus(duration).atOffset(ZoneOffset.UTC);
  }

  /**
   * Checked before anyone is looked up as well, so that a request for an unknown person is refused
   * exactly like one for a registered person.
   */
  static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidConsentException("emergency.reason.required").about("reason");
    }
    if (reason.strip().length() > MAX_TEXT) {
      throw new InvalidConsentException("consent.text.tooLong").about("reason");
    }
  }

  /** Whether this access lets the user read the participant's records at that moment. */
  public boolean grants(String user, Instant moment) {
    return username.equals(user)
        && !moment.isBefore(openedAt.toInstant())
        && moment.isBefore(expiresAt.toInstant());
  }

  /** Nobody reviews their own emergency access, whatever roles they hold. */
  void review(String auditor, String note, Instant now) {
    if (reviewedAt != null) {
      throw new InvalidConsentException("emergency.review.done");
    }
    if (username.equals(auditor)) {
      throw new InvalidConsentException("emergency.review.own");
    }
    if (note != null && note.strip().length() > MAX_TEXT) {
      throw new InvalidConsentException("consent.text.tooLong").about("note");
    }
    this.reviewedBy = auditor;
    this.reviewNote = note == null || note.isBlank() ? null : note.strip();
    this.reviewedAt = now.atOffset(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public Long getParticipantId() {
    return participantId;
  }

  public String getAgency() {
    return agency;
  }

  public String getUsername() {
    return username;
  }

  public String getReason() {
    return reason;
  }

  public Instant getOpenedAt() {
    return openedAt.toInstant();
  }

  public Instant getExpiresAt() {
    return expiresAt.toInstant();
  }
}
