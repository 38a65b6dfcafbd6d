package kz.kenes.forum.platform;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing text of one language, from the bundle {@code kz/kenes/i18n/messages}: Kazakh in the
 * base file (the default), Russian and English beside it. A missing key shows as {@code ??key??} so
 * that it is seen, never as an exception on a page.
 */
public final class Messages {
  static final String BUNDLE = "kz.kenes.i18n.messages";
  private static final Map<Language, Messages> CACHE = new EnumMap<>(Language.class);

  private final Language language;
  private final ResourceBundle bundle;

  private Messages(Language language) {
    this.language = language;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            language == Language.DEFAULT ? java.util.Locale.ROOT : language.locale(),
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static Messages of(Language language) {
    synchronized (CACHE) {
      return CACHE.computeIfAbsent(language, Messages::new);
    }
  }

  public Language language() {
    return language;
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "??" + key + "??";
    }
    if (args.length == 0) {
      return pattern;
    }
    return new MessageFormat(pattern, language.locale()).format(args);
  }

  /** The label of an enum constant: key {@code enum.<SimpleName>.<CONSTANT>}. */
  public String label(Enum<?> value) {
    return get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
  }
}
