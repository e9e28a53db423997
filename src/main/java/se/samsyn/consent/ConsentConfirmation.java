package se.samsyn.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One named authority's answer to a consent another authority recorded: it confirmed it (who, when,
 * on what basis), declined it (why) or revoked its confirmation. An event, never edited: the latest
 * answer of an authority is where it stands.
 */
@Entity
@Table(name = "consent_confirmation")
class ConsentConfirmation {

  /** What an answer does to the authority's standing on the consent. */
  enum Step {
    CONFIRMED,
    DECLINED,
    REVOKED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  // Lazy: the answers of several consents are read in one batch, and an eager consent of each
  // would read every other consent again, one at a time, with its collections.
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "consent_id", nullable = false, updatable = false)
  private Consent consent;

  @Column(nullable = false, updatable = false)
  private String agency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Step step;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private ConfirmationBasis basis;

  @Column(updatable = false)
  @Size(max = Consent.MAX_TEXT)
  private String text;

  @Column(name = "answered_by", nullable = false, updatable = false)
  private String answeredBy;

  @Column(name = "answered_at", nullable = false, updatable = false)
  private OffsetDateTime answeredAt;

  protected ConsentConfirmation() {}

  ConsentConfirmation(
      Consent consent,
      String agency,
      Step step,
      ConfirmationBasis basis,
      String text,
      String answeredBy,
      Instant now) {
    this.consent = consent;
    this.agency = agency;
    this.step = step;
    this.basis = basis;
    this.text = text;
    this.answeredBy = answeredBy;
    this.answeredAt = now.atOffset(ZoneOffset.UTC);
  }

  String agency() {
    return agency;
  }

  Step step() {
    return step;
  }

  ConfirmationBasis basis() {
    return basis;
  }

  String text() {
    return text;
  }

  String answeredBy() {
    return answeredBy;
  }

  Instant answeredAt() {
    return answeredAt.toInstant();
  }
}
