package se.samsyn.participant;

import java.io.Serializable;

/** How one authority reaches the participant, and who represents them, as it recorded it. */
public record ContactDetails(
    String streetAddress,
    String postalCode,
    String city,
    String phone,
    String email,
    String representativeName,
    RepresentativeRelation representativeRelation,
    String representativeContact)
    implements Serializable {

  public static ContactDetails none() {
    return new ContactDetails(null, null, null, null, null, null, null, null);
  }
}
