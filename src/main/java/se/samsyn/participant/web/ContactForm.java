package se.samsyn.participant.web;

import java.io.Serializable;
import se.samsyn.participant.ContactDetails;
import se.samsyn.participant.RepresentativeRelation;

/** The contact-details fields of a form (WEB-INF/participant/contact-fields.xhtml). */
public class ContactForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String streetAddress;
  private String postalCode;
  private String city;
  private String phone;
  private String email;
  private String representativeName;
  private RepresentativeRelation representativeRelation;
  private String representativeContact;

  static ContactForm of(ContactDetails details) {
    ContactForm form = new ContactForm();
    form.streetAddress = details.streetAddress();
    form.postalCode = details.postalCode();
    form.city = details.city();
    form.phone = details.phone();
    form.email = details.email();
    form.representativeName = details.representativeName();
    form.representativeRelation = details.representativeRelation();
    form.representativeContact = details.representativeContact();
    return form;
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

  public RepresentativeRelation[] getRelations() {
    return RepresentativeRelation.values();
  }

  public String getStreetAddress() {
    return streetAddress;
  }

  public void setStreetAddress(String streetAddress) {
    this.streetAddress = streetAddress;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getRepresentativeName() {
    return representativeName;
  }

  public void setRepresentativeName(String representativeName) {
    this.representativeName = representativeName;
  }

  public RepresentativeRelation getRepresentativeRelation() {
    return representativeRelation;
  }

  public void setRepresentativeRelation(RepresentativeRelation representativeRelation) {
    this.representativeRelation = representativeRelation;
  }

  public String getRepresentativeContact() {
    return representativeContact;
  }

  public void setRepresentativeContact(String representativeContact) {
    this.representativeContact = representativeContact;
  }
}
