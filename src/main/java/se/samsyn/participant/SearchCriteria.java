package se.samsyn.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samsyn.consent.DisclosureCondition;

/**
 * What a search asks for: an exact personal identity number (the current one, or a former one the
 * caller's authority knew the person by), or words that must each occur in the first or last name
 * of one identity record the caller may read: its authority's own, or one the gate would disclose.
 * Builds the JPQL condition with parameters only, never with user text.
 */
record SearchCriteria(
    Optional<PersonalIdentityNumber> number, List<String> nameWords, ParticipantSort sort) {

  /**
   * @param disclosedIdentity the condition that the identity record {@code i} of the participant
   *     {@code p} is one the gate would disclose
   */
  String condition(DisclosureCondition disclosedIdentity) {
    if (number.isPresent()) {
      return " AND (p.personalIdentityNumber = :number OR EXISTS (SELECT f FROM FormerNumber f"
          + " JOIN f.knownTo k WHERE f.participant = p AND f.number = :number AND k = :agencyCode))";
    }
    if (nameWords.isEmpty()) {
      return "";
    }
    List<String> conditions = new ArrayList<>();
    for (int i = 0; i < nameWords.size(); i++) {
      conditions.add(
          "(LOWER(i.firstName) LIKE :word" + i + " OR LOWER(i.lastName) LIKE :word" + i + ")");
    }
    return " AND EXISTS (SELECT i FROM ParticipantIdentity i WHERE i.participant = p AND (i.agency"
        + " = :agency"
        + " OR "
        + disclosedIdentity.jpql()
        + ") AND "
        + String.join(" AND ", conditions)
        + ")";
  }

  boolean searchesNames() {
    return number.isEmpty() && !nameWords.isEmpty();
  }

  String ordering() {
    return sort.ordering();
  }
}
