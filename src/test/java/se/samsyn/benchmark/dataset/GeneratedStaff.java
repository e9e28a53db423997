package se.samsyn.benchmark.dataset;

import java.util.List;

/**
 * A staff member of the data set, as the realm file must hold them. {@code subject} is the identity
 * provider's user id: the realm user must carry it as its {@code id}, since the staff table and the
 * access log already name the staff member by it. {@code agency} is the {@code agency} attribute;
 * {@code unit} the unit's name; {@code roles} the realm roles, sorted.
 */
public record GeneratedStaff(
    String username,
    String firstName,
    String lastName,
    String agency,
    String unit,
    List<String> roles,
    String subject,
    String email) {

  public String fullName() {
    return firstName + " " + lastName;
  }
}
