package se.samsyn.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.samsyn.organisation.AgencyCode;

@ApplicationScoped
class ParticipantRepository {

  private static final String VISIBLE =
      " FROM Participant p WHERE EXISTS (SELECT e FROM Engagement e WHERE e.participant = p"
          + " AND e.agency = :agency)";

  @PersistenceContext private EntityManager entityManager;

  Optional<Participant> findByNumber(PersonalIdentityNumber number) {
    return entityManager
        .createNamedQuery("Participant.findByNumber", Participant.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  Optional<Participant> findByReference(String reference) {
    return entityManager
        .createNamedQuery("Participant.findByReference", Participant.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst();
  }

  /** Participants the authority is or has been engaged with that match the criteria. */
  List<Participant> findVisible(
      AgencyCode agency, SearchCriteria criteria, int first, int pageSize) {
    TypedQuery<Participant> query =
        entityManager.createQuery(
            "SELECT p" + VISIBLE + criteria.condition() + " ORDER BY " + criteria.ordering(),
            Participant.class);
    bind(query, agency, criteria);
    return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
  }

  long countVisible(AgencyCode agency, SearchCriteria criteria) {
    TypedQuery<Long> query =
        entityManager.createQuery("SELECT COUNT(p)" + VISIBLE + criteria.condition(), Long.class);
    bind(query, agency, criteria);
    return query.getSingleResult();
  }

  private static void bind(TypedQuery<?> query, AgencyCode agency, SearchCriteria criteria) {
    query.setParameter("agency", agency);
    criteria.number().ifPresent(number -> query.setParameter("number", number));
    for (int i = 0; i < criteria.nameWords().size(); i++) {
      query.setParameter(
          "word" + i, "%" + criteria.nameWords().get(i).toLowerCase(Locale.ROOT) + "%");
    }
  }

  List<Engagement> engagements(Participant participant, AgencyCode agency) {
    return entityManager
        .createNamedQuery("Engagement.findByParticipantAndAgency", Engagement.class)
        .setParameter("participant", participant)
        .setParameter("agency", agency)
        .getResultList();
  }

  Optional<Engagement> engagement(long id) {
    return Optional.ofNullable(entityManager.find(Engagement.class, id));
  }

  Optional<ParticipantContact> contact(Participant participant, AgencyCode agency) {
    return entityManager
        .createNamedQuery("ParticipantContact.findByParticipantAndAgency", ParticipantContact.class)
        .setParameter("participant", participant)
        .setParameter("agency", agency)
        .getResultStream()
        .findFirst();
  }

  List<IdentityChange> identityChanges(Participant participant, String agency) {
    return entityManager
        .createNamedQuery("IdentityChange.findByParticipantAndAgency", IdentityChange.class)
        .setParameter("participant", participant)
        .setParameter("agency", agency)
        .getResultList();
  }

  void persist(Object entity) {
    entityManager.persist(entity);
  }
}
