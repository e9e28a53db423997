package se.samsyn.participant.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.samsyn.organisation.OrganisationService;
import se.samsyn.participant.EngagementView;
import se.samsyn.participant.ParticipantDetails;
import se.samsyn.participant.ParticipantIdentityService;
import se.samsyn.participant.ParticipantService;
import se.samsyn.platform.BusinessException;
import se.samsyn.security.CurrentUser;

/**
 * The participant page. A participant the user's authority may not see answers 404, exactly like
 * one that does not exist.
 */
@Named
@ViewScoped
public class ParticipantViewBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @Inject private ParticipantService participantService;
  @Inject private ParticipantIdentityService identityService;
  @Inject private OrganisationService organisationService;
  @Inject private CurrentUser currentUser;

  private String reference;
  private ParticipantDetails participant;
  private String revealedNumber;
  private String liftingReason;

  private IdentityForm identity = new IdentityForm();
  private ContactForm contact = new ContactForm();

  private EngagementView closing;
  private LocalDate endDate;
  private String closureReason;

  private Long newUnitId;
  private LocalDate newStartDate;
  private List<UnitOption> units;

  public void load() throws IOException {
    if (Faces.isPostback()) {
      return;
    }
    if (!reload()) {
      Faces.responseSendError(404, "");
      Faces.responseComplete();
      return;
    }
    identity = IdentityForm.of(participant.identity());
    contact = ContactForm.of(participant.contact());
    units = UnitOption.ownUnits(currentUser, organisationService);
    newStartDate = LocalDate.now(SWEDEN);
  }

  public void reveal() {
    revealedNumber = participantService.revealNumber(currentUser.actor(), reference).orElse(null);
  }

  /** Keeps what the user typed when the save is refused, so nothing is lost. */
  public void saveIdentity() {
    try {
      answer(
          participantService.changeIdentity(
              currentUser.actor(), reference, identity.details(), participant.version()),
          "participant.identity.saved");
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
    }
  }

  public void protectIdentity() {
    try {
      answer(
          identityService.protectIdentity(currentUser.actor(), reference),
          "participant.protectedIdentity.set");
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
    }
  }

  public void liftProtection() {
    try {
      answer(
          identityService.liftProtection(currentUser.actor(), reference, liftingReason),
          "participant.protectedIdentity.lifted");
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
    }
  }

  /**
   * Saves over the version this view loaded, so that someone else's save in between is refused, not
   * overwritten; what the user typed stays in the form.
   */
  public void saveContact() {
    try {
      answer(
          participantService.changeContact(
              currentUser.actor(), reference, contact.details(), participant.contactVersion()),
          "participant.contact.saved");
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
    }
  }

  /**
   * Shows the service's answer: done, or refused because the authority has no open case (the
   * service logged it).
   */
  private void answer(boolean done, String doneKey) {
    reload();
    if (done) {
      Messages.addGlobalInfo(doneKey);
    } else {
      Messages.addGlobalError("participant.noOpenEngagement");
    }
  }

  public void startClosing(EngagementView engagement) {
    closing = engagement;
    endDate = LocalDate.now(SWEDEN);
    closureReason = null;
  }

  public void closeEngagement() {
    try {
      participantService.closeEngagement(
          currentUser.actor(), reference, closing.id(), endDate, closureReason, closing.version());
      reload();
      Messages.addGlobalInfo("participant.engagement.closed");
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
    }
  }

  public void openEngagement() {
    try {
      participantService.openEngagement(
          currentUser.actor(), reference, newUnitId == null ? -1 : newUnitId, newStartDate);
      reload();
      Messages.addGlobalInfo("participant.engagement.opened");
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
    }
  }

  private boolean reload() {
    participant = participantService.read(currentUser.actor(), reference).orElse(null);
    return participant != null;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public ParticipantDetails getParticipant() {
    return participant;
  }

  public String getRevealedNumber() {
    return revealedNumber;
  }

  public String getLiftingReason() {
    return liftingReason;
  }

  public void setLiftingReason(String liftingReason) {
    this.liftingReason = liftingReason;
  }

  public EngagementView getClosing() {
    return closing;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public String getClosureReason() {
    return closureReason;
  }

  public void setClosureReason(String closureReason) {
    this.closureReason = closureReason;
  }

  public Long getNewUnitId() {
    return newUnitId;
  }

  public void setNewUnitId(Long newUnitId) {
    this.newUnitId = newUnitId;
  }

  public LocalDate getNewStartDate() {
    return newStartDate;
  }

  public void setNewStartDate(LocalDate newStartDate) {
    this.newStartDate = newStartDate;
  }

  public List<UnitOption> getUnits() {
    return units;
  }

  public IdentityForm getIdentity() {
    return identity;
  }

  public ContactForm getContact() {
    return contact;
  }
}
