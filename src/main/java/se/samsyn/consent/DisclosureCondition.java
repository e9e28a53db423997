package se.samsyn.consent;

import jakarta.persistence.Query;
import java.util.Map;

/**
 * A JPQL condition, written by the consent package over its own entities, that a search of another
 * feature puts into its query: it narrows the rows to those a consent may disclose to the reader,
 * in the database, instead of binding the ids of every participant disclosed (thousands for a large
 * authority) into an {@code IN} list. It decides nothing: each row found is still decided and
 * logged by the gate before it is shown.
 *
 * @param jpql the condition, to be joined with {@code AND}/{@code OR} into the caller's query
 * @param parameters the condition's named parameters, all prefixed {@code disclosure}
 */
public record DisclosureCondition(String jpql, Map<String, Object> parameters) {

  public DisclosureCondition {
    parameters = Map.copyOf(parameters);
  }

  /** Binds the condition's parameters to the query it was put into. */
  public void bind(Query query) {
    parameters.forEach(query::setParameter);
  }
}
