package se.samsyn.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * An identity-provider session that has ended: browser sessions of it end at their next request.
 */
@Entity
@Table(name = "ended_sign_in")
class EndedSignIn {

  @Id
  @Column(name = "provider_session_id", nullable = false, updatable = false)
  private String providerSessionId;

  @Column(name = "ended_at", nullable = false, updatable = false)
  private OffsetDateTime endedAt;

  protected EndedSignIn() {}

  EndedSignIn(String providerSessionId, Instant endedAt) {
    this.providerSessionId = providerSessionId;
    this.endedAt = endedAt.atOffset(ZoneOffset.UTC);
  }
}
