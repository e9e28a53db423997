package se.samsyn.consent;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import se.samsyn.organisation.AgencyCode;

/**
 * A participant's restriction (spärr): information of the named categories is never disclosed to
 * the named authority, whatever a consent says. It is never edited, only lifted (an event, at the
 * participant's word); staff may see that restricted information exists but never read it.
 */
@Entity
@Table(name = "disclosure_restriction")
@NamedQuery(
    name = "Restriction.findByParticipant",
    query =
        "SELECT r FROM Restriction r WHERE r.participantId = :participant"
            + " ORDER BY r.recordedAt DESC")
public class Restriction {

  /** The columns' lengths (V6__restrictions_and_notes.sql, V10__restriction_lifting.sql). */
  public static final int MAX_REASON_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "participant_id", nullable = false, updatable = false)
  private Long participantId;

  @Column(name = "agency", nullable = false, updatable = false)
  private String agency;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "disclosure_restriction_category",
      joinColumns = @JoinColumn(name = "restriction_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, updatable = false)
  private Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);

  @Column(nullable = false, updatable = false)
  @Size(max = MAX_REASON_LENGTH)
  private String reason;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_by_agency", nullable = false, updatable = false)
  private String recordedByAgency;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "lifted_at")
  private OffsetDateTime liftedAt;

  @Column(name = "lifted_by")
  private String liftedBy;

  @Column(name = "lifting_reason")
  @Size(max = MAX_REASON_LENGTH)
  private String liftingReason;

  @Version private long version;

  protected Restriction() {}

  Restriction(
      long participantId,
      String agency,
      Set<InformationCategory> categories,
      String reason,
      String recordedBy,
      String recordedByAgency,
      Instant now) {
    this.agency =
        AgencyCode.parse(agency == null ? null : agency.strip())
            .filter(AgencyCode::isMember)
            .map(AgencyCode::value)
            .orElseThrow(
                () -> new InvalidConsentException("restriction.agency.invalid").about("agency"));
    if (this.agency.equals(recordedByAgency)) {
      throw new InvalidConsentException("restriction.agency.own").about("agency");
    }
    if (categories == null || categories.isEmpty()) {
      throw new InvalidConsentException("restriction.categories.required").about("categories");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidConsentException("restriction.reason.required").about("reason");
    }
    if (reason.strip().length() > MAX_REASON_LENGTH) {
      throw new InvalidConsentException("consent.text.tooLong").about("reason");
    }
    this.participantId = participantId;
    this.categories = EnumSet.copyOf(categories);
    this.reason = reason.strip();
    this.recordedBy = recordedBy;
    this.recordedByAgency = recordedByAgency;
    this.recordedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Whether the restriction is against the authority, lifted or not. */
  boolean isAgainst(String agency) {
    return this.agency.equals(agency);
  }

  /** Whether this restriction stops information of the category from reaching the authority. */
  public boolean forbids(String receiver, InformationCategory category) {
    return liftedAt == null && agency.equals(receiver) && categories.contains(category);
  }

  /** Ends the restriction at once, on the participant's word; it is never put back. */
  void lift(String reason, String by, Instant now) {
    if (liftedAt != null) {
      throw new InvalidConsentException("restriction.lifting.alreadyLifted");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidConsentException("restriction.lifting.reasonRequired").about("reason");
    }
    if (reason.strip().length() > MAX_REASON_LENGTH) {
      throw new InvalidConsentException("consent.text.tooLong").about("reason");
    }
    this.liftingReason = reason.strip();
    this.liftedBy = by;
    this.liftedAt = now.atOffset(ZoneOffset.UTC);
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

  public Set<InformationCategory> getCategories() {
    return Collections.unmodifiableSet(categories);
  }

  public String getReason() {
    return reason;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public String getRecordedByAgency() {
    return recordedByAgency;
  }

  public Instant getRecordedAt() {
    return recordedAt.toInstant();
  }

  public Instant getLiftedAt() {
    return liftedAt == null ? null : liftedAt.toInstant();
  }

  public String getLiftedBy() {
    return liftedBy;
  }

  public String getLiftingReason() {
    return liftingReason;
  }
}
