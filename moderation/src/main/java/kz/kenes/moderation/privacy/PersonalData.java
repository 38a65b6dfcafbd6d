package kz.kenes.moderation.privacy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a personal-data column encrypted ({@link DataCipher}) with this installation's keys. */
@Converter
public class PersonalData implements AttributeConverter<String, String> {
  @Override
  public String convertToDatabaseColumn(String plain) {
    return DataKeys.cipher().encrypt(plain);
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    return DataKeys.cipher().decrypt(stored);
  }
}
