package se.samsyn.consent.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.omnifaces.util.Servlets;
import org.primefaces.model.file.UploadedFile;
import se.samsyn.consent.ConsentForm;
import se.samsyn.consent.ConsentGiver;
import se.samsyn.consent.ConsentPurpose;
import se.samsyn.consent.ConsentService;
import se.samsyn.consent.ConsentTerms;
import se.samsyn.consent.ConsentView;
import se.samsyn.consent.InformationCategory;
import se.samsyn.consent.RestrictionService;
import se.samsyn.consent.RestrictionView;
import se.samsyn.consent.StoredDocument;
import se.samsyn.organisation.Agency;
import se.samsyn.organisation.OrganisationService;
import se.samsyn.platform.BusinessException;
import se.samsyn.security.CurrentUser;

/**
 * A participant's consents: record, see and withdraw them. 404 unless the user may see the
 * participant.
 */
@Named
@ViewScoped
public class ConsentListBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @Inject private ConsentService consentService;
  @Inject private RestrictionService restrictionService;
  @Inject private OrganisationService organisationService;
  @Inject private CurrentUser currentUser;

  private String reference;
  private List<ConsentView> consents;
  private List<String> agencyCodes;

  private List<String> agencies;
  private List<InformationCategory> categories;
  private ConsentPurpose purpose;
  private String purposeText;
  private String exclusions;
  private ConsentForm form;
  private ConsentGiver givenBy;
  private String givenByName;
  private LocalDate validFrom;
  private LocalDate validUntil;
  private String documentReference;

  private boolean engaged;
  private List<RestrictionView> restrictions = List.of();
  private String restrictionAgency;
  private List<InformationCategory> restrictionCategories;
  private String restrictionReason;
  private RestrictionView lifting;
  private String liftingReason;

  private ConsentView uploading;
  private transient UploadedFile file;

  private ConsentView withdrawing;
  private String withdrawalReason;

  public void load() throws IOException {
    if (Faces.isPostback()) {
      return;
    }
    if (!reload()) {
      Faces.responseSendError(404, "");
      Faces.responseComplete();
      return;
    }
    agencyCodes =
        organisationService.agenciesWithUnits().stream()
            .map(Agency::getCode)
            .map(Object::toString)
            .filter(code -> !code.equals("FORBUND"))
            .toList();
    clearForm();
  }

  /** A new, empty form: the own authority ticked, twelve months from today. */
  private void clearForm() {
    // Mutable: JSF writes the checkbox selection back into a new instance of this list's class.
    agencies = new ArrayList<>(List.of(currentUser.getAgencyCode()));
    categories = null;
    purpose = ConsentPurpose.SIP;
    purposeText = null;
    exclusions = null;
    form = ConsentForm.WRITTEN;
    givenBy = ConsentGiver.PARTICIPANT;
    givenByName = null;
    validFrom = LocalDate.now(SWEDEN);
    validUntil = validFrom.plusMonths(12).minusDays(1);
    documentReference = null;
  }

  public void record() {
    try {
      consentService.record(currentUser.actor(), reference, terms());
      reload();
      clearForm();
      Messages.addGlobalInfo("consent.recorded.done");
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
    }
  }

  /** The form as entered, as a PDF for the participant to read and sign before it is recorded. */
  public void printForm() throws IOException {
    try {
      Optional<byte[]> pdf = consentService.printableForm(currentUser.actor(), reference, terms());
      if (pdf.isPresent()) {
        Faces.sendFile(pdf.get(), "samtycke.pdf", true);
      }
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
    }
  }

  private ConsentTerms terms() {
    return new ConsentTerms(
        new TreeSet<>(agencies == null ? List.of() : agencies),
        categories == null || categories.isEmpty() ? Set.of() : EnumSet.copyOf(categories),
        purpose,
        purposeText,
        exclusions,
        form,
        givenBy,
        givenByName,
        validFrom,
        validUntil,
        documentReference);
  }

  public void startUpload(ConsentView consent) {
    uploading = consent;
    file = null;
  }

  /** Keeps the signed document with the consent chosen; a refused file is named in a message. */
  public void upload() {
    if (uploading == null) {
      Messages.addGlobalError("consent.notFound");
      return;
    }
    if (file == null || file.getSize() == 0) {
      Messages.addGlobalError("consent.document.size", consentService.documentMaximum());
      return;
    }
    try {
      boolean attached =
          consentService.attachDocument(
              currentUser.actor(), uploading.id(), file.getFileName(), file.getContent());
      reload();
      said(attached, "consent.document.attached");
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
    }
  }

  /**
   * Sends the document with the type detected from its content at upload; Faces.sendFile would take
   * it from the uploaded file's name, which the uploader chose.
   */
  public void downloadDocument(ConsentView consent) throws IOException {
    Optional<StoredDocument> document = consentService.document(currentUser.actor(), consent.id());
    if (document.isPresent()) {
      StoredDocument stored = document.get();
      ExternalContext response = Faces.getExternalContext();
      response.responseReset();
      response.setResponseContentType(stored.contentType());
      response.setResponseContentLength(stored.content().length);
      response.setResponseHeader(
          "Content-Disposition", Servlets.formatContentDispositionHeader(stored.fileName(), true));
      response.getResponseOutputStream().write(stored.content());
      Faces.responseComplete();
    }
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public void startWithdrawing(ConsentView consent) {
    withdrawing = consent;
    withdrawalReason = null;
  }

  public void withdraw() {
    try {
      boolean withdrawn =
          consentService.withdraw(currentUser.actor(), withdrawing.id(), withdrawalReason);
      reload();
      said(withdrawn, "consent.withdrawn");
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
    }
  }

  /** Tells what the service did: done, or that the record is not there (any more) for the user. */
  static void said(boolean done, String doneKey) {
    if (done) {
      Messages.addGlobalInfo(doneKey);
    } else {
      Messages.addGlobalError("consent.notFound");
    }
  }

  /** Shows the consents again after another bean on the page changed one. */
  void refresh() {
    reload();
  }

  private boolean reload() {
    consents = consentService.consents(currentUser.actor(), reference).orElse(null);
    engaged = consents != null && consentService.isEngaged(currentUser.actor(), reference);
    restrictions =
        engaged
            ? restrictionService.restrictions(currentUser.actor(), reference).orElse(List.of())
            : List.of();
    return consents != null;
  }

  /** Records a restriction; what the user chose stays in the form if it is refused. */
  public void restrict() {
    try {
      restrictionService.restrict(
          currentUser.actor(),
          reference,
          restrictionAgency,
          restrictionCategories == null || restrictionCategories.isEmpty()
              ? Set.of()
              : EnumSet.copyOf(restrictionCategories),
          restrictionReason);
      reload();
      restrictionAgency = null;
      restrictionCategories = null;
      restrictionReason = null;
      Messages.addGlobalInfo("restriction.recorded.done");
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
    }
  }

  public void startLifting(RestrictionView restriction) {
    lifting = restriction;
    liftingReason = null;
  }

  public void lift() {
    try {
      boolean lifted = restrictionService.lift(currentUser.actor(), lifting.id(), liftingReason);
      reload();
      said(lifted, "restriction.lifted");
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
    }
  }

  public String getLiftingReason() {
    return liftingReason;
  }

  public void setLiftingReason(String liftingReason) {
    this.liftingReason = liftingReason;
  }

  public boolean isEngaged() {
    return engaged;
  }

  public List<RestrictionView> getRestrictions() {
    return restrictions;
  }

  public String getRestrictionAgency() {
    return restrictionAgency;
  }

  public void setRestrictionAgency(String restrictionAgency) {
    this.restrictionAgency = restrictionAgency;
  }

  public List<InformationCategory> getRestrictionCategories() {
    return restrictionCategories;
  }

  public void setRestrictionCategories(List<InformationCategory> restrictionCategories) {
    this.restrictionCategories = restrictionCategories;
  }

  public String getRestrictionReason() {
    return restrictionReason;
  }

  public void setRestrictionReason(String restrictionReason) {
    this.restrictionReason = restrictionReason;
  }

  public InformationCategory[] getAllCategories() {
    return InformationCategory.values();
  }

  public ConsentPurpose[] getPurposes() {
    return ConsentPurpose.values();
  }

  public ConsentForm[] getForms() {
    return ConsentForm.values();
  }

  public ConsentGiver[] getGivers() {
    return ConsentGiver.values();
  }

  public List<String> getAgencyCodes() {
    return agencyCodes;
  }

  /** The authorities a restriction can name: every one but the user's own. */
  public List<String> getOtherAgencyCodes() {
    return agencyCodes.stream().filter(code -> !code.equals(currentUser.getAgencyCode())).toList();
  }

  /** False when the user's authority may not see the participant: the page then answers 404. */
  public boolean isVisible() {
    return consents != null;
  }

  public List<ConsentView> getConsents() {
    return consents;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public List<String> getAgencies() {
    return agencies;
  }

  public void setAgencies(List<String> agencies) {
    this.agencies = agencies;
  }

  public List<InformationCategory> getCategories() {
    return categories;
  }

  public void setCategories(List<InformationCategory> categories) {
    this.categories = categories;
  }

  public ConsentPurpose getPurpose() {
    return purpose;
  }

  public void setPurpose(ConsentPurpose purpose) {
    this.purpose = purpose;
  }

  public String getPurposeText() {
    return purposeText;
  }

  public void setPurposeText(String purposeText) {
    this.purposeText = purposeText;
  }

  public String getExclusions() {
    return exclusions;
  }

  public void setExclusions(String exclusions) {
    this.exclusions = exclusions;
  }

  public ConsentForm getForm() {
    return form;
  }

  public void setForm(ConsentForm form) {
    this.form = form;
  }

  public ConsentGiver getGivenBy() {
    return givenBy;
  }

  public void setGivenBy(ConsentGiver givenBy) {
    this.givenBy = givenBy;
  }

  public String getGivenByName() {
    return givenByName;
  }

  public void setGivenByName(String givenByName) {
    this.givenByName = givenByName;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate validUntil) {
    this.validUntil = validUntil;
  }

  public String getDocumentReference() {
    return documentReference;
  }

  public void setDocumentReference(String documentReference) {
    this.documentReference = documentReference;
  }

  public ConsentView getWithdrawing() {
    return withdrawing;
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }

  public void setWithdrawalReason(String withdrawalReason) {
    this.withdrawalReason = withdrawalReason;
  }
}
