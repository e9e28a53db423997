package se.samsyn.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import se.samsyn.organisation.AgencyCode;

/**
 * One authority's case (ärende) with a participant. A closed engagement stays closed; working with
 * the person again opens a new one, so the history shows every period.
 */
@Entity
@Table(name = "engagement")
@NamedQuery(
    name = "Engagement.findByParticipantAndAgency",
    query =
        "SELECT e FROM Engagement e WHERE e.participant = :participant AND e.agency = :agency"
            + " ORDER BY e.startDate DESC, e.id DESC")
public class Engagement {

  public static final int MAX_REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", updatable = false)
  private Participant participant;

  @Column(nullable = false, updatable = false)
  private AgencyCode agency;

  @Column(name = "unit_id", nullable = false, updatable = false)
  private Long unitId;

  @Column(name = "responsible_staff_id", nullable = false)
  private Long responsibleStaffId;

  @Column(name = "start_date", nullable = false, updatable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "closure_reason")
  @Size(max = MAX_REASON_LENGTH)
  private String closureReason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EngagementStatus status;

  @Version private long version;

  protected Engagement() {}

  Engagement(
      Participant participant,
      AgencyCode agency,
      long unitId,
      long responsibleStaffId,
      LocalDate startDate) {
    this.participant = Objects.requireNonNull(participant, "participant");
    this.agency = Objects.requireNonNull(agency, "agency");
    this.unitId = unitId;
    this.responsibleStaffId = responsibleStaffId;
    this.startDate = Objects.requireNonNull(startDate, "start date");
    this.status = EngagementStatus.OPEN;
  }

  void close(LocalDate end, String reason) {
    if (status == EngagementStatus.CLOSED) {
      throw new EngagementClosedException();
    }
    if (end == null || end.isBefore(startDate)) {
      throw new InvalidEngagementClosureException("participant.engagement.endBeforeStart")
          .about("endDate");
    }
    if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON_LENGTH) {
      throw new InvalidEngagementClosureException("participant.engagement.reasonRequired")
          .about("reason");
    }
    this.endDate = end;
    this.closureReason = reason.strip();
    this.status = EngagementStatus.CLOSED;
  }

  public boolean isOpen() {
    return status == EngagementStatus.OPEN;
  }

  public Long getId() {
    return id;
  }

  public AgencyCode getAgency() {
    return agency;
  }

  public Long getUnitId() {
    return unitId;
  }

  public Long getResponsibleStaffId() {
    return responsibleStaffId;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public String getClosureReason() {
    return closureReason;
  }

  public EngagementStatus getStatus() {
    return status;
  }

  public long getVersion() {
    return version;
  }
}
