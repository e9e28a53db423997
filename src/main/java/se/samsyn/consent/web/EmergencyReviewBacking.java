package se.samsyn.consent.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import se.samsyn.consent.EmergencyAccessService;
import se.samsyn.consent.EmergencyAccessView;
import se.samsyn.platform.BusinessException;
import se.samsyn.security.CurrentUser;

/** The auditors' queue of emergency accesses waiting for review. */
@Named
@ViewScoped
public class EmergencyReviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EmergencyAccessService emergencyAccessService;
  @Inject private CurrentUser currentUser;

  private List<EmergencyAccessView> queue;
  private EmergencyAccessView reviewing;
  private String note;

  @PostConstruct
  void load() {
    queue = emergencyAccessService.reviewQueue(currentUser.actor());
  }

  public void startReview(EmergencyAccessView access) {
    reviewing = access;
    note = null;
  }

  public void review() {
    try {
      if (emergencyAccessService.review(currentUser.actor(), reviewing.id(), note)) {
        Messages.addGlobalInfo("emergency.queue.reviewed");
      } else {
        Messages.addGlobalError("emergency.review.notYours");
      }
      load();
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
    }
  }

  public List<EmergencyAccessView> getQueue() {
    return queue;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
