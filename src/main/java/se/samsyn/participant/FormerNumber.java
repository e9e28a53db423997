package se.samsyn.participant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.samsyn.organisation.AgencyCode;

/**
 * A number the participant had before it changed, with the authorities that knew the person by it
 * then: for them, and only for them, a search for the old number still finds the person. Never
 * edited.
 */
@Entity
@Table(name = "former_identity_number")
public class FormerNumber {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", updatable = false)
  private Participant participant;

  @Column(name = "personal_identity_number", nullable = false, updatable = false)
  private PersonalIdentityNumber number;

  /**
   * The codes as text: EclipseLink applies no converter to a query parameter compared with an
   * element of a collection, so a search compares {@link AgencyCode#value()}.
   */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "former_identity_number_agency",
      joinColumns = @JoinColumn(name = "former_number_id"))
  @Column(name = "agency", nullable = false, updatable = false)
  private Set<String> knownTo = new HashSet<>();

  @Column(name = "changed_by", nullable = false, updatable = false)
  private String changedBy;

  @Column(nullable = false, updatable = false)
  private AgencyCode agency;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private OffsetDateTime changedAt;

  @Column(nullable = false, updatable = false)
  @Size(max = Participant.MAX_REASON_LENGTH)
  private String reason;

  protected FormerNumber() {}

  FormerNumber(
      Participant participant,
      Set<AgencyCode> knownTo,
      AgencyCode agency,
      String changedBy,
      String reason,
      Instant now) {
    if (reason == null
        || reason.isBlank()
        || reason.strip().length() > Participant.MAX_REASON_LENGTH) {
      throw new InvalidParticipantDataException("participant.numberChange.reasonRequired")
          .about("reason");
    }
    this.participant = Objects.requireNonNull(participant, "participant");
    this.number = participant.getPersonalIdentityNumber();
    this.knownTo = knownTo.stream().map(AgencyCode::value).collect(Collectors.toSet());
    this.agency = Objects.requireNonNull(agency, "agency");
    this.changedBy = Objects.requireNonNull(changedBy, "changed by");
    this.reason = reason.strip();
    this.changedAt = now.atOffset(ZoneOffset.UTC);
  }
}
