package se.samsyn.participant;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class PersonalIdentityNumberConverter
    implements AttributeConverter<PersonalIdentityNumber, String> {

  @Override
  public String convertToDatabaseColumn(PersonalIdentityNumber number) {
    return number == null ? null : number.value();
  }

  @Override
  public PersonalIdentityNumber convertToEntityAttribute(String value) {
    return value == null ? null : PersonalIdentityNumber.of(value);
  }
}
