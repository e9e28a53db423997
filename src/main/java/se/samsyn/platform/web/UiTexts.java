package se.samsyn.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.omnifaces.util.Messages;

/**
 * UI texts from the bundle in the user's language. OmniFaces' {@link Messages} resolve their
 * message keys here, so beans add messages by key: {@code Messages.addGlobalError("key")}.
 */
@ApplicationScoped
public class UiTexts {

  private static final String BUNDLE = "se.samsyn.platform.i18n.messages";

  void installResolver(@Observes @Initialized(ApplicationScoped.class) Object startup) {
    Messages.setResolver((key, arguments) -> text(key, arguments));
  }

  public static String text(String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    Locale locale =
        context == null || context.getViewRoot() == null
            ? Locale.forLanguageTag("sv")
            : context.getViewRoot().getLocale();
    return text(locale, key, arguments);
  }

  /** A text in that language, for answers written outside Faces. */
  public static String text(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, locale, UiTexts.class.getClassLoader());
    String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
    return arguments == null || arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, locale).format(arguments);
  }
}
