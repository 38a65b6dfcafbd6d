package kz.kenes.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.platform.LanguageResolver;

/**
 * Renders the server-side pages with jte templates compiled at build time (src/main/jte). Text is
 * HTML-escaped by the templates; only cooked, sanitized post HTML is written unescaped.
 */
@RequestScoped
public class Pages {
  static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Pages.class.getClassLoader(), "gg.jte.generated.precompiled");
  static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

  @Inject HttpServletRequest request;
  @Inject LanguageResolver languages;
  @Inject CurrentActor caller;
  @Inject Csrf csrf;
  @Inject PageCache cache;
  @Inject kz.kenes.forum.notification.NotificationService notifications;

  public PageContext context() {
    String path = request.getRequestURI();
    String query = request.getQueryString();
    if (query != null) {
      String kept = query.replaceAll("(^|&)lang=[^&]*", "").replaceAll("^&", "");
      if (!kept.isEmpty()) {
        path = path + "?" + kept;
      }
    }
    var actor = caller.get();
    return new PageContext(
        languages.current(), actor, csrf.token(actor.isPresent()), path, unread(actor));
  }

  /** The header's unread count; never the reason a page (an error page included) fails. */
  private long unread(java.util.Optional<kz.kenes.forum.platform.Actor> actor) {
    if (actor.isEmpty()) {
      return 0;
    }
    try {
      return cache.remember(
          "unread:" + actor.get().username(), () -> notifications.unreadCount(actor.get()));
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** The first broken rule of each field, for a form shown again with its errors. */
  public static Map<String, String> byField(List<FieldError> errors) {
    Map<String, String> byField = new HashMap<>();
    errors.forEach(e -> byField.putIfAbsent(e.field(), e.messageKey()));
    return byField;
  }

  /**
   * The page as UTF-8, the form it is sent in: the templates' fixed text is encoded once at build
   * time (jte's binary static content) and only what a request adds is encoded as it is written,
   * instead of building a string of the whole page and encoding all of it again for each request.
   */
  public byte[] render(String template, Map<String, Object> params) {
    Utf8ByteOutput out = new Utf8ByteOutput();
    ENGINE.render(template, params, out);
    return out.toByteArray();
  }

  /** A 200 page; a {@code ?lang=} choice is remembered in a cookie for a year. */
  public Response ok(String template, Map<String, Object> params) {
    return page(Response.Status.OK, template, params);
  }

  public Response page(Response.Status status, String template, Map<String, Object> params) {
    return respond(status, render(template, params));
  }

  /** A rendered page as the response: language cookie, no caching by browsers or proxies. */
  public Response respond(Response.Status status, byte[] html) {
    return inLanguage(
        Representation.once(status, html, request.getHeader(HttpHeaders.ACCEPT_ENCODING), HTML)
            .header("Cache-Control", "no-store"));
  }

  /**
   * Whether the page asked for is the same for every visitor: nobody is signed in and the query
   * asks for nothing but a language.
   */
  public boolean sameForEveryVisitor() {
    return sameForEveryVisitor(List.of());
  }

  /**
   * Whether nobody is signed in and the query asks for nothing but a language and the parameters
   * named (which the caller puts into the page's key).
   */
  public boolean sameForEveryVisitor(List<String> keyed) {
    if (caller.get().isPresent()) {
      return false;
    }
    return request.getParameterMap().keySet().stream()
        .allMatch(p -> LanguageResolver.PARAM.equals(p) || keyed.contains(p));
  }

  /**
   * A page that is the same for every visitor who is not signed in, in the current language, from
   * the page cache: rendered only when it is missing or anything was written since, gzipped once,
   * and answered 304 when the browser already has it (it asks again each time: {@code no-cache}).
   */
  public Response forVisitors(String key, Supplier<byte[]> render) {
    return forVisitors(key, null, render);
  }

  /** As {@link #forVisitors(String, Supplier)}, rendered again when older than {@code maxAge}. */
  public Response forVisitors(String key, java.time.Duration maxAge, Supplier<byte[]> render) {
    Representation page = cache.get(key + ":" + languages.current().tag(), maxAge, render);
    return inLanguage(
        page.respond(
                request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.ACCEPT_ENCODING),
                HTML)
            .header("Cache-Control", "no-cache")
            .header(HttpHeaders.VARY, "Accept-Language, Cookie"));
  }

  private Response inLanguage(Response.ResponseBuilder response) {
    response.header("Content-Language", languages.current().tag());
    languages
        .explicit()
        .ifPresent(
            language ->
                response.cookie(
                    new NewCookie.Builder(LanguageResolver.COOKIE)
                        .value(language.tag())
                        .path("/")
                        .maxAge(365 * 24 * 3600)
                        .sameSite(NewCookie.SameSite.LAX)
                        .build()));
    return response.build();
  }
}
