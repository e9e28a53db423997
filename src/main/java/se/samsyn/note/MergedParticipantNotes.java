package se.samsyn.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.samsyn.participant.ParticipantsMerged;

/**
 * Moves the notes about a merged participant to the one it turned out to be; each keeps its
 * authoring authority and text.
 */
@ApplicationScoped
class MergedParticipantNotes {

  @PersistenceContext private EntityManager entityManager;

  void move(@Observes ParticipantsMerged merged) {
    entityManager
        .createNativeQuery(
            "UPDATE coordination_note SET participant_id = ? WHERE participant_id = ?")
        .setParameter(1, merged.survivorId())
        .setParameter(2, merged.duplicateId())
        .executeUpdate();
  }
}
