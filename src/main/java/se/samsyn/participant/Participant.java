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
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import se.samsyn.organisation.AgencyCode;

/**
 * A person the authorities work with: one participant however many authorities register them. The
 * personal identity number is the only identity fact they share (rule 10); names, sex, language and
 * interpreter need are each authority's own {@link ParticipantIdentity}. Protected identity is
 * shared too, as a safety marker: any engaged authority sets it, every one sees it, and only the
 * authority that set it lifts it. Pages and the API name a participant by a random reference, never
 * by the number and never by a sequential id that would tell how long the person has been known.
 */
@Entity
@Table(name = "participant")
@NamedQuery(
    name = "Participant.findByNumber",
    query = "SELECT p FROM Participant p WHERE p.personalIdentityNumber = :number")
@NamedQuery(
    name = "Participant.findByReference",
    query = "SELECT p FROM Participant p WHERE p.reference = :reference")
public class Participant {

  /** A reason given for a change of number, a merger or lifting protected identity. */
  public static final int MAX_REASON_LENGTH = 1000;

  static final String PROTECTED_IDENTITY_FIELD = "protectedIdentity";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false, length = 36)
  private String reference;

  @Column(name = "personal_identity_number", nullable = false, unique = true)
  private PersonalIdentityNumber personalIdentityNumber;

  @Column(name = "protected_identity", nullable = false)
  private boolean protectedIdentity;

  @Column(name = "protected_by_agency")
  private AgencyCode protectedByAgency;

  @Column(name = "protected_by")
  private String protectedBy;

  @Column(name = "protected_at")
  private OffsetDateTime protectedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "merged_into")
  private Participant mergedInto;

  @Column(name = "merged_at")
  private OffsetDateTime mergedAt;

  @Column(name = "merged_by")
  private String mergedBy;

  @Column(name = "merged_by_agency")
  private AgencyCode mergedByAgency;

  @Column(name = "merge_reason")
  @Size(max = MAX_REASON_LENGTH)
  private String mergeReason;

  @Version private long version;

  protected Participant() {}

  Participant(PersonalIdentityNumber number, Instant now) {
    this.reference = UUID.randomUUID().toString();
    this.personalIdentityNumber = Objects.requireNonNull(number, "number");
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * Marks the identity protected on behalf of the authority, unless it is already: a marker another
   * authority set stays theirs to lift.
   *
   * @return the entry for the authority's identity history if the marker was set now
   */
  Optional<IdentityChange> protectIdentity(AgencyCode agency, String by, Instant now) {
    if (protectedIdentity) {
      return Optional.empty();
    }
    this.protectedIdentity = true;
    this.protectedByAgency = Objects.requireNonNull(agency, "agency");
    this.protectedBy = Objects.requireNonNull(by, "by");
    this.protectedAt = now.atOffset(ZoneOffset.UTC);
    return Optional.of(
        new IdentityChange(this, agency, PROTECTED_IDENTITY_FIELD, null, "true", by, now, null));
  }

  /**
   * Lifts the marker; only the authority that set it may, and it says why.
   *
   * @return the entry for the authority's identity history, with the reason
   */
  IdentityChange liftProtection(AgencyCode agency, String by, String reason, Instant now) {
    if (!protectedIdentity) {
      throw new ProtectedIdentityException("participant.protectedIdentity.notProtected");
    }
    if (!agency.equals(protectedByAgency)) {
      throw new ProtectedIdentityException("participant.protectedIdentity.notOwn");
    }
    if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON_LENGTH) {
      throw new ProtectedIdentityException("participant.protectedIdentity.reasonRequired")
          .about("reason");
    }
    this.protectedIdentity = false;
    this.protectedByAgency = null;
    this.protectedBy = null;
    this.protectedAt = null;
    return new IdentityChange(
        this, agency, PROTECTED_IDENTITY_FIELD, "true", "false", by, now, reason.strip());
  }

  /** The person got a new number (a coordination number replaced, for instance). */
  void changeNumber(PersonalIdentityNumber newNumber) {
    if (Objects.requireNonNull(newNumber, "number").equals(personalIdentityNumber)) {
      throw new InvalidParticipantDataException("participant.numberChange.same").about("newNumber");
    }
    this.personalIdentityNumber = newNumber;
  }

  /**
   * Joins this participant to the one it turned out to be, on the word of an authority engaged with
   * both; never undone. A protected-identity marker travels with the person: the survivor takes it,
   * with the authority that set it, unless it has one already.
   */
  void mergeInto(Participant survivor, AgencyCode agency, String by, String reason, Instant now) {
    if (survivor == this || survivor.id.equals(id)) {
      throw new InvalidParticipantDataException("participant.merge.same")
          .about("duplicateReference");
    }
    if (mergedInto != null || survivor.mergedInto != null) {
      throw new InvalidParticipantDataException("participant.merge.alreadyMerged");
    }
    if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON_LENGTH) {
      throw new InvalidParticipantDataException("participant.merge.reasonRequired").about("reason");
    }
    if (protectedIdentity && !survivor.protectedIdentity) {
      survivor.protectedIdentity = true;
      survivor.protectedByAgency = protectedByAgency;
      survivor.protectedBy = protectedBy;
      survivor.protectedAt = protectedAt;
    }
    this.mergedInto = survivor;
    this.mergedByAgency = Objects.requireNonNull(agency, "agency");
    this.mergedBy = Objects.requireNonNull(by, "by");
    this.mergeReason = reason.strip();
    this.mergedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** The participant this one is, following a merge; itself if it was never merged. */
  Participant current() {
    Participant current = this;
    while (current.mergedInto != null) {
      current = current.mergedInto;
    }
    return current;
  }

  boolean isProtectedBy(AgencyCode agency) {
    return protectedIdentity && agency.equals(protectedByAgency);
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public PersonalIdentityNumber getPersonalIdentityNumber() {
    return personalIdentityNumber;
  }

  public boolean isProtectedIdentity() {
    return protectedIdentity;
  }

  public long getVersion() {
    return version;
  }
}
