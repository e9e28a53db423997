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
import se.samsyn.organisation.AgencyCode;

/**
 * The contact details one authority recorded. They are that authority's record: for a person with
 * protected identity they are never shown to anyone else.
 */
@Entity
@Table(name = "participant_contact")
@NamedQuery(
    name = "ParticipantContact.findByParticipantAndAgency",
    query =
        "SELECT c FROM ParticipantContact c WHERE c.participant = :participant"
            + " AND c.agency = :agency")
public class ParticipantContact {

  /** The columns' lengths (V2__participants.sql). */
  public static final int MAX_ADDRESS = 200;

  public static final int MAX_POSTAL_CODE = 10;
  public static final int MAX_CITY = 100;
  public static final int MAX_PHONE = 40;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", updatable = false)
  private Participant participant;

  @Column(nullable = false, updatable = false)
  private AgencyCode agency;

  @Column(name = "street_address")
  @Size(max = MAX_ADDRESS)
  private String streetAddress;

  @Column(name = "postal_code")
  @Size(max = MAX_POSTAL_CODE)
  private String postalCode;

  @Size(max = MAX_CITY)
  private String city;

  @Size(max = MAX_PHONE)
  private String phone;

  @Size(max = MAX_ADDRESS)
  private String email;

  @Column(name = "guardian_name")
  @Size(max = MAX_ADDRESS)
  private String representativeName;

  @Enumerated(EnumType.STRING)
  @Column(name = "guardian_relation")
  private RepresentativeRelation representativeRelation;

  @Column(name = "guardian_contact")
  @Size(max = MAX_ADDRESS)
  private String representativeContact;

  @Version private long version;

  protected ParticipantContact() {}

  ParticipantContact(Participant participant, AgencyCode agency, ContactDetails details) {
    this.participant = participant;
    this.agency = agency;
    change(details);
  }

  void change(ContactDetails details) {
    this.streetAddress = blankToNull(details.streetAddress(), MAX_ADDRESS);
    this.postalCode = blankToNull(details.postalCode(), MAX_POSTAL_CODE);
    this.city = blankToNull(details.city(), MAX_CITY);
    this.phone = blankToNull(details.phone(), MAX_PHONE);
    this.email = blankToNull(details.email(), MAX_ADDRESS);
    this.representativeName = blankToNull(details.representativeName(), MAX_ADDRESS);
    this.representativeRelation =
        representativeName == null ? null : details.representativeRelation();
    this.representativeContact =
        representativeName == null
            ? null
            : blankToNull(details.representativeContact(), MAX_ADDRESS);
  }

  long getVersion() {
    return version;
  }

  ContactDetails details() {
    return new ContactDetails(
        streetAddress,
        postalCode,
        city,
        phone,
        email,
        representativeName,
        representativeRelation,
        representativeContact);
  }

  private static String blankToNull(String text, int maxLength) {
    String cleaned = text == null || text.isBlank() ? null : text.strip();
    if (cleaned != null && cleaned.length() > maxLength) {
      throw new InvalidParticipantDataException("participant.contact.tooLong");
    }
    return cleaned;
  }
}
