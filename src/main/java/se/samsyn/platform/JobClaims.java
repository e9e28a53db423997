package se.samsyn.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Lets a scheduled job run once per cluster. {@code @Schedule} fires on every node; the job claims
 * its run (a night, say) first and does the work only if the claim succeeds, in the same
 * transaction, so a run that fails is not claimed. Each job has a row in {@code
 * scheduled_job_claim}, added by the migration that introduces the job.
 */
@ApplicationScoped
public class JobClaims {

  @PersistenceContext private EntityManager entityManager;

  /**
   * Claims a run of a job for this node.
   *
   * @param run names the run, the same on every node (e.g. the date of a nightly job)
   * @return false, without waiting, when another node holds the job's row right now or has claimed
   *     this run already: then that node does the work
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean claim(String job, String run) {
    // SKIP LOCKED: a node that finds another node inside the job skips instead of queueing
    // behind it and then finding the work done.
    List<?> row =
        entityManager
            .createNativeQuery(
                "SELECT last_run FROM scheduled_job_claim WHERE job = ? FOR UPDATE SKIP LOCKED")
            .setParameter(1, job)
            .getResultList();
    if (row.isEmpty()) {
      requireKnown(job);
      return false;
    }
    if (run.equals(row.get(0))) {
      return false;
    }
    entityManager
        .createNativeQuery(
            "UPDATE scheduled_job_claim SET last_run = ?, claimed_at = CURRENT_TIMESTAMP WHERE job = ?")
        .setParameter(1, run)
        .setParameter(2, job)
        .executeUpdate();
    return true;
  }

  /** A job without its row would never run anywhere: that is a defect, not another node. */
  private void requireKnown(String job) {
    Number rows =
        (Number)
            entityManager
                .createNativeQuery("SELECT COUNT(*) FROM scheduled_job_claim WHERE job = ?")
                .setParameter(1, job)
                .getSingleResult();
    if (rows.longValue() == 0) {
      throw new IllegalStateException("No scheduled_job_claim row for job " + job);
    }
  }
}
