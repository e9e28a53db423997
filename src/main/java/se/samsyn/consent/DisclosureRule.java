package se.samsyn.consent;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The consent rule for one record and one reader: an authority always sees its own records; a
 * restriction to the reader overrides every consent (and emergency access); otherwise an active
 * consent covering the flow from an authoring authority to the reader, for the record's category,
 * on that day — which the authoring authority must itself have recorded or confirmed; failing that,
 * the reader's own emergency access to the participant, if open.
 */
final class DisclosureRule {

  private DisclosureRule() {}

  /**
   * Rule 1 with rule 9, for a joint record (an assessment, a meeting, a plan): every pair of
   * participating authorities must be linked by a consent covering the category in both directions,
   * so each of the two has recorded or confirmed it, and no restriction may keep the category from
   * any of them. With consents FK–AF and FK–REGION, AF and REGION would share a record no consent
   * links: they are missing. Empty when the record may be made.
   *
   * @return the participating authorities that some pair's consent, or a restriction, fails
   */
  static List<String> missingJointConsent(
      Collection<String> participating,
      InformationCategory category,
      LocalDate day,
      List<Consent> consents,
      List<Restriction> restrictions) {
    List<String> authorities = participating.stream().distinct().sorted().toList();
    Set<String> missing = new TreeSet<>();
    for (String one : authorities) {
      if (restrictions.stream().anyMatch(r -> r.forbids(one, category))) {
        missing.add(one);
      }
      for (String other : authorities) {
        if (one.compareTo(other) < 0
            && consents.stream()
                .noneMatch(
                    c ->
                        c.covers(one, other, category, day)
                            && c.covers(other, one, category, day))) {
          missing.add(one);
          missing.add(other);
        }
      }
    }
    return List.copyOf(missing);
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
      return Disclosure.refused(false);
    }
    if (authors.contains(reader)) {
      return Disclosure.ownAuthority();
    }
    boolean counted =
        authors.stream()
            .anyMatch(
                author ->
                    consents.stream().anyMatch(c -> c.disclosesInvolvementOf(author, reader)));
    if (restrictions.stream().anyMatch(r -> r.forbids(reader, category))) {
      return Disclosure.refusedByRestriction(counted);
    }
    return consents.stream()
        .filter(c -> authors.stream().anyMatch(author -> c.covers(author, reader, category, day)))
        .findFirst()
        .map(c -> Disclosure.byConsent(c.getId()))
        .or(() -> emergency.map(access -> Disclosure.byEmergency(access.getId())))
        .orElseGet(() -> Disclosure.refused(counted));
  }
}
