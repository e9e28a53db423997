package se.samsyn.organisation;

/** Names of authorities and units: required, trimmed, at most 200 characters. */
final class Names {

  static final int MAX_LENGTH = 200;

  private Names() {}

  static String required(String name) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
      throw new OrganisationRuleException("organisation.name.invalid");
    }
    return trimmed;
  }
}
