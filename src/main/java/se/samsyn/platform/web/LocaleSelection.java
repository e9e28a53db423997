package se.samsyn.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The user's interface language: Swedish first, English available. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<Locale> SUPPORTED =
      List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH);

  private Locale locale = SUPPORTED.get(0);

  public Locale getLocale() {
    return locale;
  }

  public List<Locale> getSupported() {
    return SUPPORTED;
  }

  public void select(String languageTag) {
    Locale requested = Locale.forLanguageTag(languageTag);
    if (SUPPORTED.contains(requested)) {
      locale = requested;
      FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
  }
}
