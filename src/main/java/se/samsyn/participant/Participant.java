package se.samsyn.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A person the authorities work with. The identity is shared: one participant however many
 * authorities register them. Pages and the API name a participant by a random reference, never by
 * the personal identity number and never by a sequential id that would tell how long the person has
 * been known.
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

  static final int MAX_NAME_LENGTH = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false, length = 36)
  private String reference;

  @Column(name = "personal_identity_number", nullable = false, unique = true, updatable = false)
  private PersonalIdentityNumber personalIdentityNumber;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  @Enumerated(EnumType.STRING)
  @Column(name = "recorded_sex", nullable = false)
  private Sex recordedSex;

  @Column(name = "preferred_language")
  private String preferredLanguage;

  @Column(name = "interpreter_needed", nullable = false)
  private boolean interpreterNeeded;

  @Column(name = "protected_identity", nullable = false)
  private boolean protectedIdentity;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected Participant() {}

  Participant(PersonalIdentityNumber number, IdentityDetails identity, Instant now) {
    this.reference = UUID.randomUUID().toString();
    this.personalIdentityNumber = Objects.requireNonNull(number, "number");
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    apply(identity);
  }

  /** Applies new identity data and returns what changed, for the history. */
  List<IdentityChange> changeIdentity(
      IdentityDetails identity, String changedBy, String agency, Instant now) {
    List<IdentityChange> changes = new ArrayList<>();
    record(changes, "firstName", firstName, clean(identity.firstName()), changedBy, agency, now);
    record(changes, "lastName", lastName, clean(identity.lastName()), changedBy, agency, now);
    record(changes, "sex", name(recordedSex), name(identity.sex()), changedBy, agency, now);
    record(
        changes,
        "preferredLanguage",
        preferredLanguage,
        blankToNull(identity.preferredLanguage()),
        changedBy,
        agency,
        now);
    record(
        changes,
        "interpreterNeeded",
        String.valueOf(interpreterNeeded),
        String.valueOf(identity.interpreterNeeded()),
        changedBy,
        agency,
        now);
    record(
        changes,
        "protectedIdentity",
        String.valueOf(protectedIdentity),
        String.valueOf(identity.protectedIdentity()),
        changedBy,
        agency,
        now);
    apply(identity);
    return changes;
  }

  private void record(
      List<IdentityChange> changes,
      String field,
      String oldValue,
      String newValue,
      String changedBy,
      String agency,
      Instant now) {
    if (!Objects.equals(oldValue, newValue)) {
      changes.add(new IdentityChange(this, field, oldValue, newValue, changedBy, agency, now));
    }
  }

  private void apply(IdentityDetails identity) {
    this.firstName = requireName(identity.firstName(), "participant.firstName.invalid");
    this.lastName = requireName(identity.lastName(), "participant.lastName.invalid");
    if (identity.sex() == null) {
      throw new InvalidParticipantDataException("participant.sex.required");
    }
    this.recordedSex = identity.sex();
    this.preferredLanguage = blankToNull(identity.preferredLanguage());
    this.interpreterNeeded = identity.interpreterNeeded();
    this.protectedIdentity = identity.protectedIdentity();
  }

  private static String requireName(String name, String messageKey) {
    String cleaned = clean(name);
    if (cleaned == null || cleaned.isEmpty() || cleaned.length() > MAX_NAME_LENGTH) {
      throw new InvalidParticipantDataException(messageKey);
    }
    return cleaned;
  }

  private static String clean(String text) {
    return text == null ? null : text.strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
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

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public Sex getRecordedSex() {
    return recordedSex;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public boolean isInterpreterNeeded() {
    return interpreterNeeded;
  }

  public boolean isProtectedIdentity() {
    return protectedIdentity;
  }

  public long getVersion() {
    return version;
  }
}
