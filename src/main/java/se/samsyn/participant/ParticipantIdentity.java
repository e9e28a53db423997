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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.samsyn.organisation.AgencyCode;

/**
 * The names, recorded sex, preferred language and interpreter need one authority recorded for a
 * participant (rule 10). Like its contact details it is that authority's record: another
 * authority's registration never changes it, and others see it only where the disclosure gate lets
 * them.
 */
@Entity
@Table(name = "participant_identity")
@NamedQuery(
    name = "ParticipantIdentity.findByParticipant",
    query = "SELECT i FROM ParticipantIdentity i WHERE i.participant = :participant ORDER BY i.id")
public class ParticipantIdentity {

  /** The columns' lengths (V13__identity_per_authority.sql). */
  public static final int MAX_NAME_LENGTH = 100;

  public static final int MAX_LANGUAGE_LENGTH = 50;

  /** A search names at most a first and a last name. */
  public static final int MAX_SEARCH_LENGTH = 2 * MAX_NAME_LENGTH + 1;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", updatable = false)
  private Participant participant;

  @Column(nullable = false, updatable = false)
  private AgencyCode agency;

  @Column(name = "first_name", nullable = false)
  @Size(max = MAX_NAME_LENGTH)
  private String firstName;

  @Column(name = "last_name", nullable = false)
  @Size(max = MAX_NAME_LENGTH)
  private String lastName;

  @Enumerated(EnumType.STRING)
  @Column(name = "recorded_sex", nullable = false)
  private Sex recordedSex;

  @Column(name = "preferred_language")
  @Size(max = MAX_LANGUAGE_LENGTH)
  private String preferredLanguage;

  @Column(name = "interpreter_needed", nullable = false)
  private boolean interpreterNeeded;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "modified_at", nullable = false)
  private OffsetDateTime modifiedAt;

  @Version private long version;

  protected ParticipantIdentity() {}

  ParticipantIdentity(
      Participant participant, AgencyCode agency, IdentityDetails identity, Instant now) {
    this.participant = Objects.requireNonNull(participant, "participant");
    this.agency = Objects.requireNonNull(agency, "agency");
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    apply(identity, now);
  }

  /** Applies the authority's new data and returns what changed, for its own history. */
  List<IdentityChange> change(IdentityDetails identity, String changedBy, Instant now) {
    Map<String, String> before = values();
    apply(identity, now);
    List<IdentityChange> changes = new ArrayList<>();
    values()
        .forEach(
            (field, newValue) -> {
              String oldValue = before.get(field);
              if (!Objects.equals(oldValue, newValue)) {
                changes.add(
                    new IdentityChange(
                        participant, agency, field, oldValue, newValue, changedBy, now, null));
              }
            });
    return changes;
  }

  /** The fields as the history names and shows them, in the form's order. */
  private Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("firstName", firstName);
    values.put("lastName", lastName);
    values.put("sex", recordedSex.name());
    values.put("preferredLanguage", preferredLanguage);
    values.put("interpreterNeeded", String.valueOf(interpreterNeeded));
    return values;
  }

  IdentityDetails details(boolean protectedIdentity) {
    return new IdentityDetails(
        firstName, lastName, recordedSex, preferredLanguage, interpreterNeeded, protectedIdentity);
  }

  private void apply(IdentityDetails identity, Instant now) {
    String first = requireName(identity.firstName(), "participant.firstName.invalid", "firstName");
    String last = requireName(identity.lastName(), "participant.lastName.invalid", "lastName");
    if (identity.sex() == null) {
      throw new InvalidParticipantDataException("participant.sex.required").about("sex");
    }
    String language = blankToNull(identity.preferredLanguage());
    if (language != null && language.length() > MAX_LANGUAGE_LENGTH) {
      throw new InvalidParticipantDataException("participant.preferredLanguage.invalid")
          .about("preferredLanguage");
    }
    this.firstName = first;
    this.lastName = last;
    this.recordedSex = identity.sex();
    this.preferredLanguage = language;
    this.interpreterNeeded = identity.interpreterNeeded();
    this.modifiedAt = now.atOffset(ZoneOffset.UTC);
  }

  private static String requireName(String name, String messageKey, String field) {
    String cleaned = blankToNull(name);
    if (cleaned == null || cleaned.length() > MAX_NAME_LENGTH) {
      throw new InvalidParticipantDataException(messageKey).about(field);
    }
    return cleaned;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The record as another authority sees it when the gate discloses it, labelled. */
  AuthorityIdentity disclosed() {
    return new AuthorityIdentity(
        agency.value(), firstName, lastName, recordedSex, preferredLanguage, interpreterNeeded);
  }

  Participant getParticipant() {
    return participant;
  }

  public Long getId() {
    return id;
  }

  public AgencyCode getAgency() {
    return agency;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public long getVersion() {
    return version;
  }
}
