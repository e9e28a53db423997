package se.samsyn.organisation;

/** Names of authorities and units: required, trimmed, within their column. */
final class Names {

  private Names() {}

  static String required(String name, int maxLength) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > maxLength) {
      throw new OrganisationRuleException("organisation.name.invalid");
    }
    return trimmed;
  }
}
