package se.samsyn.consent.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.samsyn.consent.AwaitingConsent;
import se.samsyn.consent.ConsentService;
import se.samsyn.security.CurrentUser;

/** The start page's list of consents other authorities recorded that await the user's answer. */
@Named
@ViewScoped
public class AwaitingConsentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsentService consentService;
  @Inject private CurrentUser currentUser;

  private List<AwaitingConsent> consents;

  public List<AwaitingConsent> getConsents() {
    if (consents == null) {
      boolean answers = currentUser.has("case-worker") || currentUser.has("coordinator");
      consents = answers ? consentService.awaitingConfirmation(currentUser.actor()) : List.of();
    }
    return consents;
  }
}
