package kz.kenes.forum.platform;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * User-facing text of one language, from the bundle families under {@code kz/kenes/i18n/}: Kazakh
 * in each base file (the default), Russian ({@code _ru}) and English ({@code _en}) beside it. A
 * feature may keep its texts in a family of its own, listed in {@link #FAMILIES}; keys are unique
 * across families. A missing key shows as {@code ??key??} so that it is seen, never as an exception
 * on a page.
 */
public final class Messages {
  /** Every bundle family, searched in this order. */
  public static final List<String> FAMILIES =
      List.of(
          "kz.kenes.i18n.messages",
          "kz.kenes.i18n.claims",
          "kz.kenes.i18n.notifications",
          "kz.kenes.i18n.moderation",
          "kz.kenes.i18n.search");

  private static final Map<Language, Messages> CACHE = new EnumMap<>(Language.class);

  private final Language language;
  private final List<ResourceBundle> bundles;

  private Messages(Language language) {
    this.language = language;
    this.bundles =
        FAMILIES.stream()
            .map(family -> load(family, language))
            .flatMap(java.util.Optional::stream)
            .toList();
  }

  /**
   * A family's bundle; empty when the module that owns it is not deployed (forum-api's own tests
   * run without moderation's texts). Forum-web's BundlesTest checks that every family exists.
   */
  private static java.util.Optional<ResourceBundle> load(String family, Language language) {
    try {
      return java.util.Optional.of(
          ResourceBundle.getBundle(
              family,
              language == Language.DEFAULT ? java.util.Locale.ROOT : language.locale(),
              Messages.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES)));
    } catch (java.util.MissingResourceException notDeployed) {
      return java.util.Optional.empty();
    }
  }

  public static Messages of(Language language) {
    synchronized (CACHE) {
      return CACHE.computeIfAbsent(language, Messages::new);
    }
  }

  public Language language() {
    return language;
  }

  private final java.util.concurrent.ConcurrentMap<String, MessageFormat> formats =
      new java.util.concurrent.ConcurrentHashMap<>();

  private String bundlePattern(String key) {
    for (ResourceBundle bundle : bundles) {
      if (bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    throw new IllegalStateException("no pattern for " + key);
  }

  public boolean has(String key) {
    return bundles.stream().anyMatch(b -> b.containsKey(key));
  }

  public String get(String key, Object... args) {
    String pattern = null;
    for (ResourceBundle bundle : bundles) {
      if (bundle.containsKey(key)) {
        pattern = bundle.getString(key);
        break;
      }
    }
    if (pattern == null) {
      return "??" + key + "??";
    }
    if (args.length == 0) {
      return pattern;
    }
    // parsing a pattern costs more than formatting it: keep a parsed prototype per key and
    // format with a copy (MessageFormat is not thread-safe)
    MessageFormat prototype =
        formats.computeIfAbsent(key, k -> new MessageFormat(bundlePattern(k), language.locale()));
    return ((MessageFormat) prototype.clone()).format(args);
  }

  /** The label of an enum constant: key {@code enum.<SimpleName>.<CONSTANT>}. */
  public String label(Enum<?> value) {
    return get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
  }
}
