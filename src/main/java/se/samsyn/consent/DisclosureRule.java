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
