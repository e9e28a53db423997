package se.samsyn.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The chain's hash after one entry, as the sealer computed it. */
@Entity
@Table(name = "access_log_seal")
class AccessLogSeal {

  @Id
  @Column(name = "entry_id", updatable = false)
  private Long entryId;

  @Column(name = "chain_hash", nullable = false, updatable = false)
  private String chainHash;

  @Column(name = "checkpoint_id", nullable = false, updatable = false)
  private Long checkpointId;

  protected AccessLogSeal() {}

  AccessLogSeal(long entryId, String chainHash, long checkpointId) {
    this.entryId = entryId;
    this.chainHash = chainHash;
    this.checkpointId = checkpointId;
  }

  long entryId() {
    return entryId;
  }

  String chainHash() {
    return chainHash;
  }
}
