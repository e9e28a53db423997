package se.samsyn.participant.web;

import java.io.Serializable;
import se.samsyn.participant.IdentityDetails;
import se.samsyn.participant.Sex;

/** The shared identity fields of a form: names, sex, language, interpreter, protected identity. */
public class IdentityForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String firstName;
  private String lastName;
  private Sex sex;
  private String preferredLanguage;
  private boolean interpreterNeeded;
  private boolean protectedIdentity;

  static IdentityForm of(IdentityDetails details) {
    IdentityForm form = new IdentityForm();
    form.firstName = details.firstName();
    form.lastName = details.lastName();
    form.sex = details.sex();
    form.preferredLanguage = details.preferredLanguage();
    form.interpreterNeeded = details.interpreterNeeded();
    form.protectedIdentity = details.protectedIdentity();
    return form;
  }

  IdentityDetails details() {
    return new IdentityDetails(
        firstName, lastName, sex, preferredLanguage, interpreterNeeded, protectedIdentity);
  }

  public Sex[] getSexes() {
    return Sex.values();
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex sex) {
    this.sex = sex;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public void setPreferredLanguage(String preferredLanguage) {
    this.preferredLanguage = preferredLanguage;
  }

  public boolean isInterpreterNeeded() {
    return interpreterNeeded;
  }

  public void setInterpreterNeeded(boolean interpreterNeeded) {
    this.interpreterNeeded = interpreterNeeded;
  }

  public boolean isProtectedIdentity() {
    return protectedIdentity;
  }

  public void setProtectedIdentity(boolean protectedIdentity) {
    this.protectedIdentity = protectedIdentity;
  }
}
