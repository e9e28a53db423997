package se.samsyn.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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
   * either of them. With consents FK–AF and FK–REGION, AF and REGION would share a record no
   * consent links: that pair is missing.
   *
   * @return the pairs without such a consent, as "AF–REGION", in order; empty when the record may
   *     be made
   */
  static List<String> missingJointConsent(
      Collection<String> participating,
      InformationCategory category,
      LocalDate day,
      List<Consent> consents,
      List<Restriction> restrictions) {
    List<String> authorities = participating.stream().distinct().sorted().toList();
    List<String> missing = new ArrayList<>();
    for (String one : authorities) {
      for (String other : authorities) {
        if (one.compareTo(other) < 0
            && (restrictions.stream()
                    .anyMatch(r -> r.forbids(one, category) || r.forbids(other, category))
                || consents.stream()
                    .noneMatch(
                        c ->
                            c.covers(one, other, category, day)
                                && c.covers(other, one, category, day)))) {
          missing.add(one + "–" + other);
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
