package kz.kenes.forum.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the current request: {@code ?lang=} first, then the {@code kenes_lang} cookie,
 * then the browser's Accept-Language, then Kazakh.
 */
@RequestScoped
public class LanguageResolver {
  public static final String PARAM = "lang";
  public static final String COOKIE = "kenes_lang";

  private final HttpServletRequest request;
  private Language resolved;

  @Inject
  public LanguageResolver(HttpServletRequest request) {
    this.request = request;
  }

  protected LanguageResolver() {
    this.request = null;
  }

  public Language current() {
    if (resolved == null) {
      resolved = resolve();
    }
    return resolved;
  }

  /** The language asked for explicitly by {@code ?lang=}, which pages remember in a cookie. */
  public Optional<Language> explicit() {
    return Language.fromTag(request.getParameter(PARAM));
  }

  private Language resolve() {
    Optional<Language> asked = explicit();
    if (asked.isPresent()) {
      return asked.get();
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName())) {
          Optional<Language> remembered = Language.fromTag(cookie.getValue());
          if (remembered.isPresent()) {
            return remembered.get();
          }
        }
      }
    }
    return fromAcceptLanguage(request.getHeader("Accept-Language")).orElse(Language.DEFAULT);
  }

  static Optional<Language> fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
        Optional<Language> language = Language.fromTag(range.getRange());
        if (language.isPresent()) {
          return language;
        }
      }
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
