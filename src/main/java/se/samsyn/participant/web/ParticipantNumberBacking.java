package se.samsyn.participant.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.samsyn.participant.ParticipantIdentityService;
import se.samsyn.platform.BusinessException;
import se.samsyn.security.CurrentUser;

/**
 * The participant page's number dialogs: the person has a new number, or another registration of
 * the caller's authority is the same person and is joined to this one. The service decides; the
 * page says what it decided and shows the participant afresh.
 */
@Named
@ViewScoped
public class ParticipantNumberBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ParticipantIdentityService identityService;
  @Inject private CurrentUser currentUser;
  @Inject private ParticipantViewBacking page;

  private String number;
  private String reason;

  public void changeNumber() throws IOException {
    try {
      done(
          identityService.changeNumber(currentUser.actor(), page.getReference(), number, reason),
          "participant.numberChange.done");
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
    }
  }

  public void merge() throws IOException {
    try {
      done(
          identityService.mergeDuplicateNumbered(
              currentUser.actor(), page.getReference(), number, reason),
          "participant.merge.done");
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
    }
  }

  private void done(boolean done, String doneKey) throws IOException {
    if (!done) {
      Messages.addGlobalError("participant.merge.notFound");
      return;
    }
    Messages.addFlashGlobalInfo(doneKey);
    Faces.redirect("participant/view.xhtml?ref=%s", page.getReference());
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
