package se.samsyn.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Something the application tells one staff member on their start page. It holds a message key, its
 * parameters and a participant reference to open, never a person's name or case content: the page
 * it leads to decides what the reader may see.
 */
@Entity
@Table(name = "notice")
@NamedQuery(
    name = "Notice.unread",
    query =
        "SELECT n FROM Notice n WHERE n.recipientStaffId = :staff AND n.readAt IS NULL"
            + " ORDER BY n.createdAt DESC")
public class Notice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recipient_staff_id", nullable = false, updatable = false)
  private Long recipientStaffId;

  @Column(name = "message_key", nullable = false, updatable = false)
  private String messageKey;

  @Column(name = "message_parameters", updatable = false)
  private String messageParameters;

  @Column(name = "participant_reference", updatable = false)
  private String participantReference;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  protected Notice() {}

  Notice(
      long recipientStaffId,
      String messageKey,
      String messageParameters,
      String participantReference,
      Instant now) {
    this.recipientStaffId = recipientStaffId;
    this.messageKey = messageKey;
    this.messageParameters = messageParameters;
    this.participantReference = participantReference;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  void markRead(Instant now) {
    if (readAt == null) {
      readAt = now.atOffset(ZoneOffset.UTC);
    }
  }

  public Long getId() {
    return id;
  }

  public Long getRecipientStaffId() {
    return recipientStaffId;
  }

  public String getMessageKey() {
    return messageKey;
  }

  public String getMessageParameters() {
    return messageParameters;
  }

  public String getParticipantReference() {
    return participantReference;
  }

  public Instant getCreatedAt() {
    return createdAt.toInstant();
  }
}
