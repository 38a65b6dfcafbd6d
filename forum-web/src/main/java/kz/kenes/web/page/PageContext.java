package kz.kenes.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.Language;
import kz.kenes.forum.platform.LocalizedText;
import kz.kenes.forum.platform.Messages;
import kz.kenes.forum.platform.Role;

/** What every page template needs: language, texts, who is signed in, the CSRF token. */
public final class PageContext {
  /** Kazakhstan has one time zone since March 2024. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

  private final Language language;
  private final Messages messages;
  private final Optional<Actor> actor;
  private final String csrfToken;
  private final String path;
  private final long unreadNotifications;

  PageContext(
      Language language,
      Optional<Actor> actor,
      String csrfToken,
      String path,
      long unreadNotifications) {
    this.unreadNotifications = unreadNotifications;
    this.language = language;
    this.messages = Messages.of(language);
    this.actor = actor;
    this.csrfToken = csrfToken;
    this.path = path;
  }

  public Language language() {
    return language;
  }

  public String lang() {
    return language.tag();
  }

  public String t(String key, Object... args) {
    return messages.get(key, args);
  }

  public String label(Enum<?> value) {
    return messages.label(value);
  }

  public String text(LocalizedText text) {
    return text.in(language);
  }

  public Optional<Actor> actor() {
    return actor;
  }

  public boolean signedIn() {
    return actor.isPresent();
  }

  public boolean isAdmin() {
    return actor.map(a -> a.has(Role.ADMIN)).orElse(false);
  }

  /** How many notifications the signed-in member has not read. */
  public long unreadNotifications() {
    return unreadNotifications;
  }

  public String csrfToken() {
    return csrfToken;
  }

  /** The current page's path, for the language switch and for returning after sign-in. */
  public String path() {
    return path;
  }

  public String loginUrl() {
    return "/signin?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
  }

  public String languageUrl(Language other) {
    return path + (path.contains("?") ? "&" : "?") + "lang=" + other.tag();
  }

  public Language[] languages() {
    return Language.values();
  }

  public String dateTime(Instant instant) {
    return DATE_TIMES.get(language).format(instant);
  }

  public String isoDateTime(Instant instant) {
    return ISO.format(instant);
  }

  /** A calendar date (a deadline) in the page's language. */
  public String date(java.time.LocalDate day) {
    return DATES.get(language).format(day);
  }

  /** Whether the signed-in member holds a realm role (to show staff links; the server checks). */
  public boolean hasRole(String realmRole) {
    return actor
        .map(a -> a.roles().stream().anyMatch(r -> r.realmName().equals(realmRole)))
        .orElse(false);
  }

  /** Formatters are immutable and thread-safe: made once, not once per date on a page. */
  private static final java.util.Map<Language, DateTimeFormatter> DATE_TIMES =
      new java.util.EnumMap<>(Language.class);

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE);

  private static final java.util.Map<Language, DateTimeFormatter> DATES =
      new java.util.EnumMap<>(Language.class);

  static {
    for (Language l : Language.values()) {
      DATES.put(l, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l.locale()));
      DATE_TIMES.put(
          l,
          DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
              .withLocale(l.locale())
              .withZone(ZONE));
    }
  }
}
