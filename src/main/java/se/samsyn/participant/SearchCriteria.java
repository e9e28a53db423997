package se.samsyn.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a search asks for: an exact personal identity number, or words that must each occur in the
 * first or last name. Builds the JPQL condition with parameters only, never with user text.
 */
record SearchCriteria(
    Optional<PersonalIdentityNumber> number, List<String> nameWords, ParticipantSort sort) {

  String condition() {
    if (number.isPresent()) {
      return " AND p.personalIdentityNumber = :number";
    }
    List<String> conditions = new ArrayList<>();
    for (int i = 0; i < nameWords.size(); i++) {
      conditions.add(
          "(LOWER(p.firstName) LIKE :word" + i + " OR LOWER(p.lastName) LIKE :word" + i + ")");
    }
    return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
  }

  String ordering() {
    return sort.ordering();
  }
}
