package se.samsyn.consent.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samsyn.consent.ConsentService;

/** How large a signed consent document may be, as the pages state it ({@code 5 MB}). */
@Named
@ApplicationScoped
public class ConsentDocumentLimit {

  @Inject private ConsentService consentService;

  public String getMaximum() {
    return consentService.documentMaximum();
  }
}
