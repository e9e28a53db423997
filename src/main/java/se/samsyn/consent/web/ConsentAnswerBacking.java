package se.samsyn.consent.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.BooleanSupplier;
import org.omnifaces.util.Messages;
import se.samsyn.consent.ConfirmationBasis;
import se.samsyn.consent.ConsentService;
import se.samsyn.consent.ConsentView;
import se.samsyn.platform.BusinessException;
import se.samsyn.security.CurrentUser;

/**
 * The consent page's answer dialog: the user's authority confirms, declines or takes back its
 * confirmation of a consent another authority recorded. The service decides; the page says what it
 * decided.
 */
@Named
@ViewScoped
public class ConsentAnswerBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsentService consentService;
  @Inject private CurrentUser currentUser;
  @Inject private ConsentListBacking list;

  private ConsentView answering;
  private ConfirmationBasis basis;
  private String text;

  public void start(ConsentView consent) {
    answering = consent;
    basis = null;
    text = null;
  }

  public void confirm() {
    answer(
        () -> consentService.confirm(currentUser.actor(), answering.id(), basis, text),
        "consent.confirmed.done");
  }

  public void decline() {
    answer(
        () -> consentService.decline(currentUser.actor(), answering.id(), text),
        "consent.declined.done");
  }

  public void revoke() {
    answer(
        () -> consentService.revokeConfirmation(currentUser.actor(), answering.id(), text),
        "consent.revoked.done");
  }

  private void answer(BooleanSupplier answer, String doneKey) {
    try {
      ConsentListBacking.said(answer.getAsBoolean(), doneKey);
      list.refresh();
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
    }
  }

  public ConfirmationBasis[] getBases() {
    return ConfirmationBasis.values();
  }

  public ConsentView getAnswering() {
    return answering;
  }

  public ConfirmationBasis getBasis() {
    return basis;
  }

  public void setBasis(ConfirmationBasis basis) {
    this.basis = basis;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
