package se.samsyn.organisation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class AgencyCodeConverter implements AttributeConverter<AgencyCode, String> {

  @Override
  public String convertToDatabaseColumn(AgencyCode code) {
    return code == null ? null : code.value();
  }

  @Override
  public AgencyCode convertToEntityAttribute(String value) {
    return value == null ? null : AgencyCode.of(value);
  }
}
