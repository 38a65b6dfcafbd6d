package kz.kenes.forum.platform;

import java.util.Locale;
import java.util.Optional;

/** The languages of Kenes' pages and texts. Kazakh is the default. */
public enum Language {
  KK,
  RU,
  EN;

  public static final Language DEFAULT = KK;

  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag());
  }

  public static Optional<Language> fromTag(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    String primary = tag.strip().toLowerCase(Locale.ROOT);
    int dash = primary.indexOf('-');
    if (dash > 0) {
      primary = primary.substring(0, dash);
    }
    for (Language language : values()) {
      if (language.tag().equals(primary)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
