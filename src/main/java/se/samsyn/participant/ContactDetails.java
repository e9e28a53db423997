package se.samsyn.participant;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * How one authority reaches the participant, and who represents them, as it recorded it. The limits
 * are the columns' ({@link ParticipantContact}), stated here so that a form or request names the
 * field that is too long before the entity refuses it.
 */
public record ContactDetails(
    @Size(max = ParticipantContact.MAX_ADDRESS) String streetAddress,
    @Size(max = ParticipantContact.MAX_POSTAL_CODE) String postalCode,
    @Size(max = ParticipantContact.MAX_CITY) String city,
    @Size(max = ParticipantContact.MAX_PHONE) String phone,
    @Size(max = ParticipantContact.MAX_ADDRESS) String email,
    @Size(max = ParticipantContact.MAX_ADDRESS) String representativeName,
    RepresentativeRelation representativeRelation,
    @Size(max = ParticipantContact.MAX_ADDRESS) String representativeContact)
    implements Serializable {

  public static ContactDetails none() {
    return new ContactDetails(null, null, null, null, null, null, null, null);
  }
}
