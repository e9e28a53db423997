package se.samsyn.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * The server's side of a text field's {@code maxlength}. A browser stops the user at the limit; a
 * longer text that arrives anyway (a script, an edited page) is refused with a message next to the
 * field, in the user's language, rather than cut off silently (PrimeFaces shortens what it decodes
 * to {@code maxlength}) or refused by the entity or the database. The text is measured as it was
 * sent, with line breaks counted once as the browser counts them.
 *
 * <p>A default validator (faces-config.xml), so each field states its limit once, as its {@code
 * maxlength} taken from the entity's constant; {@code TextFieldsTest} keeps every text field
 * stating one.
 */
@FacesValidator(MaxLengthValidator.ID)
public class MaxLengthValidator implements Validator<Object> {

  public static final String ID = "samsyn.MaxLength";

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (!(component.getAttributes().get("maxlength") instanceof Integer limit) || limit < 0) {
      return;
    }
    String sent =
        context.getExternalContext().getRequestParameterMap().get(component.getClientId(context));
    String text = sent != null ? sent : value instanceof String string ? string : null;
    if (text != null && text.replace("\r\n", "\n").length() > limit) {
      throw new ValidatorException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, UiTexts.text("form.tooLong", limit), null));
    }
  }
}
