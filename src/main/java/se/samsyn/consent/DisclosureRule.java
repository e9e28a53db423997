package se.samsyn.consent;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The consent rule for one record and one reader: an authority always sees its own records; a
 * restriction to the reader overrides every consent (and emergency access); otherwise an active
 * consent covering the flow from an authoring authority to the reader, for the record's category,
 * on that day; failing that, the reader's own emergency access to the participant, if open.
 */
final class DisclosureRule {

  private DisclosureRule() {}

  /**
   * Rule 1, for a joint record (an assessment, a meeting, a plan) the creating authority starts
   * with others: the other authorities that no active consent links to the creator for the category
   * on that day, or that a restriction keeps the category from. Empty when the record may be made.
   */
  static List<String> missingJointConsent(
      String creator,
      Collection<String> participating,
      InformationCategory category,
      LocalDate day,
      List<Consent> consents,
      List<Restriction> restrictions) {
    return participating.stream()
        .filter(other -> !other.equals(creator))
        .filter(
            other ->
                restrictions.stream().anyMatch(r -> r.forbids(other, category))
                    || consents.stream()
                        .noneMatch(
                            c ->
                                c.covers(creator, other, category, day)
                                    && c.covers(other, creator, category, day)))
        .sorted()
        .toList();
  }

  static Disclosure decide(
      String reader,
      Collection<String> authors,
      InformationCategory category,
      LocalDate day,
      List<Consent> consents,
      List<Restriction> restrictions,
      Optional<EmergencyAccess> emergency) {
    if (reader == null || authors.isEmpty() || category == null) {
      return Disclosure.refused();
    }
    if (authors.contains(reader)) {
      return Disclosure.ownAuthority();
    }
    if (restrictions.stream().anyMatch(r -> r.forbids(reader, category))) {
      return Disclosure.refusedByRestriction();
    }
    return consents.stream()
        .filter(c -> authors.stream().anyMatch(author -> c.covers(author, reader, category, day)))
        .findFirst()
        .map(c -> Disclosure.byConsent(c.getId()))
        .or(() -> emergency.map(access -> Disclosure.byEmergency(access.getId())))
        .orElseGet(Disclosure::refused);
  }
}
