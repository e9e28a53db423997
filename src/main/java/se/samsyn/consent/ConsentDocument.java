package se.samsyn.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a signed consent document; what they are is recorded on the consent. */
@Entity
@Table(name = "consent_document")
public class ConsentDocument {

  @Id
  @Column(name = "consent_id")
  private Long consentId;

  @Column(nullable = false, updatable = false)
  private byte[] content;

  protected ConsentDocument() {}

  ConsentDocument(long consentId, byte[] content) {
    this.consentId = consentId;
    this.content = content.clone();
  }

  byte[] content() {
    return content.clone();
  }
}
