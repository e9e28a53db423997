package se.samsyn.consent;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.samsyn.organisation.AgencyCode;

/**
 * A participant's consent to information flowing between named authorities, for named categories,
 * until a named end date. Never general, never edited: a change is a new consent, and a withdrawal
 * is an event recorded on it that takes effect at once, for every named authority.
 *
 * <p>A consent takes effect per disclosing authority: the recording authority's records flow to the
 * others from the start; another named authority's records flow only while that authority has
 * confirmed the consent, since the authority that holds information must itself be satisfied that
 * the participant consented. No authority opens another's records by its own actions alone.
 */
@Entity
@Table(name = "consent")
public class Consent {

  /** Every free text of a consent: purpose, exclusions, who gave it, reasons (V5__consent.sql). */
  public static final int MAX_TEXT = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "participant_id", nullable = false, updatable = false)
  private Long participantId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "consent_agency", joinColumns = @JoinColumn(name = "consent_id"))
  @Column(name = "agency", nullable = false, updatable = false)
  private Set<String> agencies = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "consent_category", joinColumns = @JoinColumn(name = "consent_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, updatable = false)
  private Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose_kind", nullable = false, updatable = false)
  private ConsentPurpose purpose;

  @Column(name = "purpose_text", updatable = false)
  @Size(max = MAX_TEXT)
  private String purposeText;

  @Column(updatable = false)
  @Size(max = MAX_TEXT)
  private String exclusions;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ConsentForm form;

  @Enumerated(EnumType.STRING)
  @Column(name = "given_by", nullable = false, updatable = false)
  private ConsentGiver givenBy;

  @Column(name = "given_by_name", updatable = false)
  @Size(max = MAX_TEXT)
  private String givenByName;

  @Column(name = "valid_from", nullable = false, updatable = false)
  private LocalDate validFrom;

  @Column(name = "valid_until", nullable = false, updatable = false)
  private LocalDate validUntil;

  @Column(name = "document_reference", updatable = false)
  @Size(max = MAX_TEXT)
  private String documentReference;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_by_agency", nullable = false, updatable = false)
  private String recordedByAgency;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "withdrawn_at")
  private OffsetDateTime withdrawnAt;

  @Column(name = "withdrawn_by")
  private String withdrawnBy;

  @Column(name = "withdrawal_reason")
  @Size(max = MAX_TEXT)
  private String withdrawalReason;

  @Column(name = "expiry_noticed_at")
  private OffsetDateTime expiryNoticedAt;

  @Column(name = "ending_noticed_at")
  private OffsetDateTime endingNoticedAt;

  @Column(name = "document_file_name")
  private String documentFileName;

  @Column(name = "document_content_type")
  private String documentContentType;

  @Column(name = "document_size")
  private Long documentSize;

  @Column(name = "document_attached_by")
  private String documentAttachedBy;

  @Column(name = "document_attached_at")
  private OffsetDateTime documentAttachedAt;

  @OneToMany(mappedBy = "consent", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
  @OrderBy("id")
  private List<ConsentConfirmation> confirmations = new ArrayList<>();

  @Version private long version;

  protected Consent() {}

  Consent(
      long participantId,
      ConsentTerms terms,
      String recordedBy,
      String recordedByAgency,
      Period maximumValidity,
      Instant now) {
    this.agencies = validated(terms, recordedByAgency, maximumValidity);
    this.participantId = participantId;
    this.categories = EnumSet.copyOf(terms.categories());
    this.purpose = terms.purpose();
    this.purposeText = text(terms.purposeText(), "purposeText");
    this.exclusions = text(terms.exclusions(), "exclusions");
    this.form = terms.form();
    this.givenBy = terms.givenBy();
    this.givenByName = text(terms.givenByName(), "givenByName");
    this.validFrom = terms.validFrom();
    this.validUntil = terms.validUntil();
    this.documentReference = text(terms.documentReference(), "documentReference");
    this.recordedBy = recordedBy;
    this.recordedByAgency = recordedByAgency;
    this.recordedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Ends the consent now; it is never undone (a new consent is recorded instead). */
  void withdraw(String reason, String by, Instant now) {
    if (withdrawnAt != null) {
      throw new InvalidConsentException("consent.withdrawal.alreadyWithdrawn");
    }
    if (blank(reason)) {
      throw new InvalidConsentException("consent.withdrawal.reasonRequired").about("reason");
    }
    this.withdrawalReason = text(reason, "reason");
    this.withdrawnBy = by;
    this.withdrawnAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * The named authority is satisfied that the participant gave the consent, and lets its own
   * records flow under it from now on. It may confirm after a decline or a revocation.
   */
  void confirm(
      String agency,
      ConfirmationBasis basis,
      String text,
      String by,
      Instant now,
      LocalDate today) {
    requireAnswerable(agency, today);
    if (confirmationOf(agency) == ConfirmationStatus.CONFIRMED) {
      throw new InvalidConsentException("consent.confirmation.alreadyConfirmed");
    }
    if (basis == null) {
      throw new InvalidConsentException("consent.confirmation.basisRequired").about("basis");
    }
    if (basis == ConfirmationBasis.OTHER && blank(text)) {
      throw new InvalidConsentException("consent.confirmation.textRequired").about("text");
    }
    answer(agency, ConsentConfirmation.Step.CONFIRMED, basis, text, "text", by, now);
  }

  /**
   * The named authority keeps its records in; nothing changes for the other authorities' records.
   */
  void decline(String agency, String reason, String by, Instant now, LocalDate today) {
    requireAnswerable(agency, today);
    ConfirmationStatus status = confirmationOf(agency);
    if (status == ConfirmationStatus.CONFIRMED) {
      throw new InvalidConsentException("consent.decline.confirmed");
    }
    if (status == ConfirmationStatus.DECLINED) {
      throw new InvalidConsentException("consent.decline.alreadyDeclined");
    }
    if (blank(reason)) {
      throw new InvalidConsentException("consent.decline.reasonRequired").about("reason");
    }
    answer(agency, ConsentConfirmation.Step.DECLINED, null, reason, "reason", by, now);
  }

  /** The named authority takes its confirmation back: its records stop flowing at once. */
  void revokeConfirmation(String agency, String reason, String by, Instant now) {
    if (confirmationOf(agency) != ConfirmationStatus.CONFIRMED) {
      throw new InvalidConsentException("consent.revocation.notConfirmed");
    }
    answer(agency, ConsentConfirmation.Step.REVOKED, null, reason, "reason", by, now);
  }

  private void requireAnswerable(String agency, LocalDate today) {
    if (agency.equals(recordedByAgency)) {
      throw new InvalidConsentException("consent.confirmation.ownConsent");
    }
    if (!agencies.contains(agency)) {
      throw new InvalidConsentException("consent.confirmation.notNamed");
    }
    ConsentStatus status = status(today);
    if (status == ConsentStatus.WITHDRAWN || status == ConsentStatus.EXPIRED) {
      throw new InvalidConsentException("consent.confirmation.notInForce");
    }
  }

  private void answer(
      String agency,
      ConsentConfirmation.Step step,
      ConfirmationBasis basis,
      String text,
      String textField,
      String by,
      Instant now) {
    confirmations.add(
        new ConsentConfirmation(this, agency, step, basis, text(text, textField), by, now));
  }

  /** Where a named authority stands on the consent now. */
  public ConfirmationStatus confirmationOf(String agency) {
    if (recordedByAgency.equals(agency)) {
      return ConfirmationStatus.RECORDED;
    }
    return latestAnswer(agency)
        .map(
            answer ->
                switch (answer.step()) {
                  case CONFIRMED -> ConfirmationStatus.CONFIRMED;
                  case DECLINED -> ConfirmationStatus.DECLINED;
                  case REVOKED -> ConfirmationStatus.REVOKED;
                })
        .orElse(ConfirmationStatus.AWAITING);
  }

  Optional<ConsentConfirmation> latestAnswer(String agency) {
    ConsentConfirmation latest = null;
    for (ConsentConfirmation answer : confirmations) {
      if (answer.agency().equals(agency)) {
        latest = answer;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Whether the authority has itself told the other named authorities that it is involved with the
   * participant, by recording or ever confirming this consent, whatever the consent's state now.
   * Only then may a reader learn that the authority has records it may not see.
   */
  public boolean disclosesInvolvementOf(String author, String reader) {
    return names(reader)
        && names(author)
        && (author.equals(recordedByAgency)
            || confirmations.stream()
                .anyMatch(
                    c ->
                        c.agency().equals(author)
                            && c.step() == ConsentConfirmation.Step.CONFIRMED));
  }

  /**
   * Checks terms as recording them would, without recording anything (for a form to be printed
   * before the participant signs).
   *
   * @throws InvalidConsentException naming what is wrong
   */
  static void requireValid(ConsentTerms terms, String recordedByAgency, Period maximumValidity) {
    validated(terms, recordedByAgency, maximumValidity);
  }

  /** The named authorities, once every rule a consent must follow has been checked. */
  private static Set<String> validated(
      ConsentTerms terms, String recordedByAgency, Period maximumValidity) {
    Set<String> named = new TreeSet<>();
    for (String agency : terms.agencies() == null ? Set.<String>of() : terms.agencies()) {
      named.add(validAgency(agency));
    }
    if (named.size() < 2) {
      throw new InvalidConsentException("consent.agencies.atLeastTwo").about("agencies");
    }
    if (!named.contains(recordedByAgency)) {
      throw new InvalidConsentException("consent.agencies.ownMissing").about("agencies");
    }
    if (terms.categories() == null || terms.categories().isEmpty()) {
      throw new InvalidConsentException("consent.categories.required").about("categories");
    }
    if (terms.purpose() == null || terms.form() == null || terms.givenBy() == null) {
      throw new InvalidConsentException("consent.purposeFormGiver.required");
    }
    if (terms.givenBy() != ConsentGiver.PARTICIPANT && blank(terms.givenByName())) {
      throw new InvalidConsentException("consent.givenByName.required").about("givenByName");
    }
    if (terms.validFrom() == null || terms.validUntil() == null) {
      throw new InvalidConsentException("consent.period.required")
          .about(terms.validFrom() == null ? "validFrom" : "validUntil");
    }
    if (terms.validUntil().isBefore(terms.validFrom())) {
      throw new InvalidConsentException("consent.period.endBeforeStart").about("validUntil");
    }
    if (terms.validUntil().isAfter(terms.validFrom().plus(maximumValidity))) {
      throw new InvalidConsentException("consent.period.tooLong").about("validUntil");
    }
    return named;
  }

  /**
   * Keeps the signed document with the consent. The consent's terms stay as recorded; the document
   * is evidence of them, attached once, by the authority that recorded them.
   */
  void attachDocument(
      String fileName, byte[] content, long maximumBytes, String by, String byAgency, Instant now) {
    if (!recordedByAgency.equals(byAgency)) {
      throw new InvalidConsentException("consent.document.recorderOnly");
    }
    if (documentFileName != null) {
      throw new InvalidConsentException("consent.document.exists");
    }
    if (content.length == 0 || content.length > maximumBytes) {
      throw new InvalidConsentException(
          "consent.document.size", DocumentSize.readable(maximumBytes));
    }
    DocumentKind kind =
        DocumentKind.of(content)
            .orElseThrow(() -> new InvalidConsentException("consent.document.type"));
    String name = fileName == null ? "" : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "").strip();
    this.documentFileName =
        name.isEmpty() ? "samtycke-" + id : name.substring(0, Math.min(name.length(), 255));
    this.documentContentType = kind.contentType();
    this.documentSize = (long) content.length;
    this.documentAttachedBy = by;
    this.documentAttachedAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * Notes that the consent has reached its end and the case workers have been told; it stopped
   * working at its end date whether or not this is ever called.
   */
  void noticeEndingSoon(Instant now) {
    if (endingNoticedAt == null) {
      endingNoticedAt = now.atOffset(ZoneOffset.UTC);
    }
  }

  void noticeExpiry(Instant now) {
    if (expiryNoticedAt == null) {
      expiryNoticedAt = now.atOffset(ZoneOffset.UTC);
    }
  }

  /**
   * Whether information of this category may flow from one authority to another on that day: the
   * consent is in force, names both and the category, and the disclosing authority has recorded or
   * confirmed it.
   */
  public boolean covers(String from, String to, InformationCategory category, LocalDate day) {
    return status(day) == ConsentStatus.ACTIVE
        && names(from)
        && names(to)
        && categories.contains(category)
        && confirmationOf(from).releases();
  }

  /** Expiry needs no job: a consent is expired from the day after its end date. */
  public ConsentStatus status(LocalDate day) {
    if (withdrawnAt != null) {
      return ConsentStatus.WITHDRAWN;
    }
    if (day.isBefore(validFrom)) {
      return ConsentStatus.UPCOMING;
    }
    return day.isAfter(validUntil) ? ConsentStatus.EXPIRED : ConsentStatus.ACTIVE;
  }

  /** Whether the consent names the authority; a caller without one is named by none. */
  boolean names(String agency) {
    return agency != null && agencies.contains(agency);
  }

  /** A consent names member authorities only: the förbund's own staff hold no case records. */
  private static String validAgency(String agency) {
    AgencyCode code =
        AgencyCode.parse(agency == null ? null : agency.strip())
            .orElseThrow(
                () -> new InvalidConsentException("consent.agencies.invalid").about("agencies"));
    if (!code.isMember()) {
      throw new InvalidConsentException("consent.agencies.memberOnly").about("agencies");
    }
    return code.value();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /**
   * @param field the request's name for the text, named when it is too long
   */
  private static String text(String text, String field) {
    if (blank(text)) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > MAX_TEXT) {
      throw new InvalidConsentException("consent.text.tooLong").about(field);
    }
    return stripped;
  }

  public Long getId() {
    return id;
  }

  public Long getParticipantId() {
    return participantId;
  }

  public Set<String> getAgencies() {
    return Collections.unmodifiableSet(agencies);
  }

  public Set<InformationCategory> getCategories() {
    return Collections.unmodifiableSet(categories);
  }

  public ConsentPurpose getPurpose() {
    return purpose;
  }

  public String getPurposeText() {
    return purposeText;
  }

  public String getExclusions() {
    return exclusions;
  }

  public ConsentForm getForm() {
    return form;
  }

  public ConsentGiver getGivenBy() {
    return givenBy;
  }

  public String getGivenByName() {
    return givenByName;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public String getDocumentReference() {
    return documentReference;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public String getRecordedByAgency() {
    return recordedByAgency;
  }

  public Instant getRecordedAt() {
    return recordedAt.toInstant();
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt == null ? null : withdrawnAt.toInstant();
  }

  public String getWithdrawnBy() {
    return withdrawnBy;
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }

  public String getDocumentFileName() {
    return documentFileName;
  }

  List<ConsentConfirmation> getConfirmations() {
    return Collections.unmodifiableList(confirmations);
  }

  public String getDocumentContentType() {
    return documentContentType;
  }
}
