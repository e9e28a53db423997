package se.samsyn.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.samsyn.participant.ParticipantsMerged;

/**
 * Moves the consents, restrictions and emergency accesses of a merged participant to the one it
 * turned out to be. Their terms stay as recorded: only whom they are about is corrected, which the
 * entities do not allow (they never change their participant), hence the statements.
 */
@ApplicationScoped
class MergedParticipantRecords {

  @PersistenceContext private EntityManager entityManager;

  @Inject private ConsentRepository repository;

  void move(@Observes ParticipantsMerged merged) {
    for (String table : List.of("consent", "disclosure_restriction", "emergency_access")) {
      entityManager
          .createNativeQuery("UPDATE " + table + " SET participant_id = ? WHERE participant_id = ?")
          .setParameter(1, merged.survivorId())
          .setParameter(2, merged.duplicateId())
          .executeUpdate();
    }
    repository.forgetDecisionInputs();
  }
}
