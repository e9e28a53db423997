package se.samsyn.participant.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.ZoneId;
import se.samsyn.participant.PersonalIdentityNumber;
import se.samsyn.platform.web.UiTexts;

/**
 * Reads a personal identity number as people write it; says exactly what is wrong if it is not one.
 */
@FacesConverter(value = "personalIdentityNumber", managed = true)
public class PersonalIdentityNumberFacesConverter implements Converter<PersonalIdentityNumber> {

  @Override
  public PersonalIdentityNumber getAsObject(
      FacesContext context, UIComponent component, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    PersonalIdentityNumber.Parsed parsed =
        PersonalIdentityNumber.parse(text, LocalDate.now(ZoneId.of("Europe/Stockholm")));
    return parsed
        .number()
        .orElseThrow(
            () ->
                new ConverterException(
                    new FacesMessage(
                        FacesMessage.SEVERITY_ERROR,
                        UiTexts.text(
                            "participant.pin.invalid." + parsed.reason().orElseThrow().name()),
                        null)));
  }

  @Override
  public String getAsString(
      FacesContext context, UIComponent component, PersonalIdentityNumber number) {
    return number == null ? "" : number.formatted();
  }
}
