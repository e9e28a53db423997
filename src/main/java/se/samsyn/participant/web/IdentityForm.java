package se.samsyn.participant.web;

import java.io.Serializable;
import se.samsyn.participant.IdentityDetails;
import se.samsyn.participant.Sex;

/**
 * The identity fields of a form: the authority's own names, sex, language and interpreter need, and
 * (when registering) whether to mark the identity protected.
 */
public class IdentityForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String firstName;
  private String lastName;
  private Sex sex;
  private String preferredLanguage;
  private boolean interpreterNeeded;
  private boolean protectedIdentity;

  /** The form filled in with the authority's own record; empty if it has none. */
  static IdentityForm of(IdentityDetails details) {
    IdentityForm form = new IdentityForm();
    if (details == null) {
      return form;
    }
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
