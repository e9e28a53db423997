package se.samsyn.consent.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import se.samsyn.consent.ConsentService;
import se.samsyn.consent.RegisteredConsent;
import se.samsyn.security.CurrentUser;

/** The auditors' consent register, a page at a time. */
@Named
@ViewScoped
public class ConsentRegisterBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsentService consentService;
  @Inject private CurrentUser currentUser;

  private final Consents consents = new Consents();

  public LazyDataModel<RegisteredConsent> getConsents() {
    return consents;
  }

  private class Consents extends LazyDataModel<RegisteredConsent> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, consentService.registerCount(currentUser.actor()));
    }

    @Override
    public List<RegisteredConsent> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return consentService.register(currentUser.actor(), first, pageSize);
    }

    @Override
    public String getRowKey(RegisteredConsent registered) {
      return String.valueOf(registered.consent().id());
    }
  }
}
