package se.samsyn.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.samsyn.consent.DisclosureCondition;
import se.samsyn.organisation.AgencyCode;

@ApplicationScoped
class ParticipantRepository {

  private static final String OWN_IDENTITY =
      " LEFT JOIN ParticipantIdentity own ON own.participant = p AND own.agency = :agency";
  private static final String ENGAGED =
      " WHERE (EXISTS (SELECT e FROM Engagement e WHERE e.participant = p"
          + " AND e.agency = :agency)";

  @PersistenceContext private EntityManager entityManager;

  /** The participant with the number, or the one it was merged into. */
  Optional<Participant> findByNumber(PersonalIdentityNumber number) {
    return entityManager
        .createNamedQuery("Participant.findByNumber", Participant.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .map(Participant::current);
  }

  Optional<Participant> find(long id) {
    return Optional.ofNullable(entityManager.find(Participant.class, id));
  }

  /** The participant the reference names, or the one it was merged into. */
  Optional<Participant> findByReference(String reference) {
    return entityManager
        .createNamedQuery("Participant.findByReference", Participant.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst()
        .map(Participant::current);
  }

  /**
   * Moves the duplicate's engagements, identity history and former numbers to the survivor, and its
   * identity records and contact details of the authorities that have none on the survivor; an
   * authority's record on both stays with the duplicate, where the authority's history keeps it.
   * The columns are not updatable through the entities, which never change their participant.
   */
  void moveRecords(Participant duplicate, Participant survivor) {
    entityManager.flush();
    for (String table : List.of("engagement", "identity_change", "former_identity_number")) {
      entityManager
          .createNativeQuery("UPDATE " + table + " SET participant_id = ? WHERE participant_id = ?")
          .setParameter(1, survivor.getId())
          .setParameter(2, duplicate.getId())
          .executeUpdate();
    }
    for (String table : List.of("participant_identity", "participant_contact")) {
      entityManager
          .createNativeQuery(
              "UPDATE "
                  + table
                  + " SET participant_id = ? WHERE participant_id = ? AND agency NOT IN"
                  + " (SELECT s.agency FROM "
                  + table
                  + " s WHERE s.participant_id = ?)")
          .setParameter(1, survivor.getId())
          .setParameter(2, duplicate.getId())
          .setParameter(3, survivor.getId())
          .executeUpdate();
    }
    entityManager.clear();
  }

  /**
   * Participants that match the criteria and that the authority is or has been engaged with or that
   * the condition says may be disclosed to it; names match in the authority's own identity records
   * and in those the other condition says may be disclosed.
   */
  List<Participant> findVisible(
      AgencyCode agency,
      DisclosureCondition disclosed,
      DisclosureCondition disclosedIdentities,
      SearchCriteria criteria,
      int first,
      int pageSize) {
    TypedQuery<Participant> query =
        entityManager.createQuery(
            "SELECT p FROM Participant p"
                + OWN_IDENTITY
                + visible(disclosed)
                + criteria.condition(disclosedIdentities)
                + " ORDER BY "
                + criteria.ordering(),
            Participant.class);
    bind(query, agency, disclosed, disclosedIdentities, criteria);
    return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
  }

  long countVisible(
      AgencyCode agency,
      DisclosureCondition disclosed,
      DisclosureCondition disclosedIdentities,
      SearchCriteria criteria) {
    TypedQuery<Long> query =
        entityManager.createQuery(
            "SELECT COUNT(p) FROM Participant p"
                + visible(disclosed)
                + criteria.condition(disclosedIdentities),
            Long.class);
    bind(query, agency, disclosed, disclosedIdentities, criteria);
    return query.getSingleResult();
  }

  Set<AgencyCode> engagedAuthorities(long participantId) {
    return Set.copyOf(
        entityManager
            .createQuery(
                "SELECT DISTINCT e.agency FROM Engagement e WHERE e.participant.id = :participant",
                AgencyCode.class)
            .setParameter("participant", participantId)
            .getResultList());
  }

  /** The engaged authorities of each of the participants (a page's), with one statement. */
  Map<Long, Set<AgencyCode>> engagedAuthorities(Set<Long> participantIds) {
    if (participantIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Set<AgencyCode>> engaged = new HashMap<>();
    entityManager
        .createQuery(
            "SELECT DISTINCT e.participant.id, e.agency FROM Engagement e"
                + " WHERE e.participant.id IN :participants",
            Object[].class)
        .setParameter("participants", participantIds)
        .getResultList()
        .forEach(
            row ->
                engaged
                    .computeIfAbsent((Long) row[0], id -> new HashSet<>())
                    .add((AgencyCode) row[1]));
    return engaged;
  }

  /** The identity records of the participants (a page's), oldest first, with one statement. */
  List<ParticipantIdentity> identitiesOf(Set<Long> participantIds) {
    if (participantIds.isEmpty()) {
      return List.of();
    }
    return entityManager
        .createQuery(
            // The caller reads each identity's participant: fetched here, not one query each.
            "SELECT i FROM ParticipantIdentity i JOIN FETCH i.participant"
                + " WHERE i.participant.id IN :participants ORDER BY i.id",
            ParticipantIdentity.class)
        .setParameter("participants", participantIds)
        .getResultList();
  }

  private static String visible(DisclosureCondition disclosed) {
    return ENGAGED + " OR " + disclosed.jpql() + ")";
  }

  private static void bind(
      TypedQuery<?> query,
      AgencyCode agency,
      DisclosureCondition disclosed,
      DisclosureCondition disclosedIdentities,
      SearchCriteria criteria) {
    query.setParameter("agency", agency);
    disclosed.bind(query);
    if (criteria.searchesNames()) {
      disclosedIdentities.bind(query);
    }
    criteria
        .number()
        .ifPresent(
            number -> {
              query.setParameter("number", number);
              query.setParameter("agencyCode", agency.value());
            });
    for (int i = 0; i < criteria.nameWords().size(); i++) {
      query.setParameter(
          "word" + i, "%" + criteria.nameWords().get(i).toLowerCase(Locale.ROOT) + "%");
    }
  }

  /** Every authority's identity record of the participant, oldest first. */
  List<ParticipantIdentity> identities(Participant participant) {
    return entityManager
        .createNamedQuery("ParticipantIdentity.findByParticipant", ParticipantIdentity.class)
        .setParameter("participant", participant)
        .getResultList();
  }

  Optional<ParticipantIdentity> identity(Participant participant, AgencyCode agency) {
    return identities(participant).stream().filter(i -> i.getAgency().equals(agency)).findFirst();
  }

  /** Whether another participant has the number, now or as a former number. */
  boolean numberBelongsToAnother(PersonalIdentityNumber number, Participant participant) {
    long current =
        entityManager
            .createQuery(
                "SELECT COUNT(p) FROM Participant p WHERE p.personalIdentityNumber = :number"
                    + " AND p <> :participant",
                Long.class)
            .setParameter("number", number)
            .setParameter("participant", participant)
            .getSingleResult();
    long former =
        entityManager
            .createQuery(
                "SELECT COUNT(f) FROM FormerNumber f WHERE f.number = :number"
                    + " AND f.participant <> :participant",
                Long.class)
            .setParameter("number", number)
            .setParameter("participant", participant)
            .getSingleResult();
    return current + former > 0;
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

  List<IdentityChange> identityChanges(Participant participant, AgencyCode agency) {
    return entityManager
        .createNamedQuery("IdentityChange.findByParticipantAndAgency", IdentityChange.class)
        .setParameter("participant", participant)
        .setParameter("agency", agency)
        .getResultList();
  }

  List<Engagement> allEngagements(long participantId) {
    return entityManager
        .createQuery(
            "SELECT e FROM Engagement e WHERE e.participant.id = :participant", Engagement.class)
        .setParameter("participant", participantId)
        .getResultList();
  }

  List<IdentityChange> allIdentityChanges(long participantId) {
    return entityManager
        .createQuery(
            "SELECT c FROM IdentityChange c WHERE c.participant.id = :participant",
            IdentityChange.class)
        .setParameter("participant", participantId)
        .getResultList();
  }

  void persist(Object entity) {
    entityManager.persist(entity);
  }
}
