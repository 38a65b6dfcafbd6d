package kz.kenes.forum.platform;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * User-facing text of one language, from the bundle families under {@code kz/kenes/i18n/}: Kazakh
 * in each base file (the default), Russian ({@code _ru}) and English ({@code _en}) beside it. Each
 * module names its families in its own {@value #FAMILIES_RESOURCE} (one a line), so a module adds
 * texts without this class knowing of it; keys are unique across families. A missing key shows as
 * {@code ??key??} so that it is seen, never as an exception on a page.
 */
public final class Messages {
  /** The resource in each module's jar that names its bundle families, one a line. */
  public static final String FAMILIES_RESOURCE = "META-INF/kenes/message-families";

  /** Every bundle family the deployment holds, in the order of their names. */
  public static final List<String> FAMILIES = families(Messages.class.getClassLoader());

  private static final Map<Language, Messages> CACHE = new EnumMap<>(Language.class);

  private final Language language;

  /**
   * Every text of the language, all families in one map: a page asks for a few hundred texts, and
   * one look-up each is cheaper than asking each family's bundle in turn.
   */
  private final Map<String, String> patterns;

  /** The labels of enum constants already asked for, without building their keys again. */
  private final java.util.concurrent.ConcurrentMap<Enum<?>, String> labels =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Messages(Language language) {
    this.language = language;
    Map<String, String> all = new java.util.HashMap<>();
    FAMILIES.stream()
        .map(family -> load(family, language))
        .flatMap(java.util.Optional::stream)
        .forEach(bundle -> bundle.keySet().forEach(k -> all.putIfAbsent(k, bundle.getString(k))));
    this.patterns = Map.copyOf(all);
  }

  /**
   * A family's bundle; empty when a module names a family it does not hold (forum-web's BundlesTest
   * checks that every family exists in the three languages).
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

  /** The families named by every {@value #FAMILIES_RESOURCE} that {@code loader} sees. */
  static List<String> families(ClassLoader loader) {
    java.util.SortedSet<String> found = new java.util.TreeSet<>();
    try {
      for (java.net.URL url : java.util.Collections.list(loader.getResources(FAMILIES_RESOURCE))) {
        try (var in = url.openStream()) {
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .lines()
              .map(String::strip)
              .filter(line -> !line.isEmpty() && !line.startsWith("#"))
              .forEach(found::add);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return List.copyOf(found);
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

  public boolean has(String key) {
    return patterns.containsKey(key);
  }

  public String get(String key, Object... args) {
    String pattern = patterns.get(key);
    if (pattern == null) {
      return "??" + key + "??";
    }
    if (args.length == 0) {
      return pattern;
    }
    // parsing a pattern costs more than formatting it: keep a parsed prototype per key and
    // format with a copy (MessageFormat is not thread-safe)
    MessageFormat prototype =
        formats.computeIfAbsent(key, k -> new MessageFormat(pattern, language.locale()));
    return ((MessageFormat) prototype.clone()).format(args);
  }

  /** The label of an enum constant: key {@code enum.<SimpleName>.<CONSTANT>}. */
  public String label(Enum<?> value) {
    return labels.computeIfAbsent(
        value, v -> get("enum." + v.getDeclaringClass().getSimpleName() + "." + v.name()));
  }
}
