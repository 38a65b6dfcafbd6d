package kz.kenes.forum.platform;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;

/**
 * The one place where failures become responses: {@code application/problem+json} under {@code
 * /api/}, a friendly page of the same status everywhere else. Server errors are logged with a
 * correlation id that the response carries; no exception text ever reaches the client.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
  /** The {@code Retry-After} of every 503: long enough for a restart, short for a reader. */
  static final int RETRY_UNAVAILABLE_SECONDS = 30;

  @Inject HttpServletRequest request;
  @Inject Instance<ErrorPageRenderer> pages;
  @Inject LanguageResolver languages;

  @Override
  public Response toResponse(Throwable failure) {
    Language language = languages.current();
    Messages messages = Messages.of(language);
    Throwable cause = unwrap(failure);
    ProblemDetail problem = toProblem(cause, messages);
    Response.ResponseBuilder response = Response.status(problem.status());
    if (cause instanceof DomainException.TooManyRequests limited) {
      response.header(HttpHeaders.RETRY_AFTER, limited.retryAfterSeconds());
    }
    if (problem.status() == 503) {
      // not now: the database, Keycloak or the search index is down or rebuilding
      response.header(HttpHeaders.RETRY_AFTER, RETRY_UNAVAILABLE_SECONDS);
    }
    if (problem.status() == 401) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kenes\"");
    }
    if (isApi() || pages.isUnsatisfied()) {
      return response.type(ProblemDetail.MEDIA_TYPE).entity(problem).build();
    }
    return response
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(pages.get().render(problem, language))
        .build();
  }

  private boolean isApi() {
    String path = requestUri().substring(request.getContextPath().length());
    return path.startsWith("/api/");
  }

  /** The URI the client asked for, also when the container forwarded a failure here. */
  private String requestUri() {
    return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
        ? original
        : request.getRequestURI();
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while ((current instanceof jakarta.transaction.RollbackException
            || current instanceof jakarta.persistence.RollbackException
            || current instanceof jakarta.transaction.TransactionalException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  ProblemDetail toProblem(Throwable failure, Messages messages) {
    String instance = requestUri();
    if (failure instanceof DomainException.InvalidInput invalid) {
      List<ProblemDetail.Field> fields =
          invalid.errors().stream()
              .map(
                  e ->
                      new ProblemDetail.Field(
                          e.field(), e.messageKey(), messages.get(e.messageKey())))
              .toList();
      return new ProblemDetail(
          type(invalid.messageKey()),
          messages.get(invalid.messageKey()),
          400,
          null,
          instance,
          fields,
          null);
    }
    if (failure instanceof DomainException domain) {
      return simple(
          domain.status(),
          domain.messageKey(),
          messages.get(domain.messageKey(), domain.args()),
          instance);
    }
    if (failure instanceof OptimisticLockException) {
      return simple(409, "error.stale", messages.get("error.stale"), instance);
    }
    if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      String key = statusKey(status);
      return simple(status, key, messages.get(key), instance);
    }
    if (failure instanceof ProcessingException
        || failure instanceof jakarta.json.bind.JsonbException) {
      return simple(400, "error.malformed", messages.get("error.malformed"), instance);
    }
    if (unavailable(failure)) {
      ForumLog.LOG.unavailable(LogText.trace(failure));
      return simple(503, "error.unavailable", messages.get("error.unavailable"), instance);
    }
    String correlationId = UUID.randomUUID().toString();
    ForumLog.LOG.unexpectedFailure(correlationId, LogText.trace(failure));
    return new ProblemDetail(
        type("error.server"),
        messages.get("error.server"),
        500,
        messages.get("error.server.detail", correlationId),
        instance,
        null,
        correlationId);
  }

  /**
   * Whether the failure says "not now" rather than "wrong": Keycloak cannot be reached, the
   * database cannot be reached (down, restarting, the pool cannot open a connection: SQL states
   * 08xxx and 57Pxx; 53300, the database takes no more connections now) or a row lock was not
   * granted in time. The client may try again; the pool validates connections on checkout and
   * recovers by itself once the database is back.
   */
  static boolean unavailable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof jakarta.persistence.LockTimeoutException
          || t instanceof jakarta.persistence.PessimisticLockException
          || t instanceof java.sql.SQLTransientConnectionException
          || t instanceof java.sql.SQLNonTransientConnectionException) {
        return true;
      }
      if (fromIdentityProviderClient(t)) {
        return true;
      }
      if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08")
            || state.startsWith("57P")
            || state.equals("53300")
            || state.equals("HYT00")) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether WildFly's OIDC client raised the failure while it authenticated a request (it reaches
   * here through {@link ServerFailureResource}): it could not load Keycloak's metadata or keys, so
   * Keycloak is down or unreachable.
   */
  private static boolean fromIdentityProviderClient(Throwable t) {
    for (StackTraceElement frame : t.getStackTrace()) {
      if (frame.getClassName().startsWith("org.wildfly.security.http.oidc.")) {
        return true;
      }
    }
    return false;
  }

  private static ProblemDetail simple(int status, String key, String title, String instance) {
    return new ProblemDetail(type(key), title, status, null, instance, null, null);
  }

  private static String statusKey(int status) {
    return switch (status) {
      case 400 -> "error.malformed";
      case 401 -> "error.unauthenticated";
      case 403 -> "error.forbidden";
      case 404 -> "error.not-found";
      case 405 -> "error.method";
      case 406, 415 -> "error.media-type";
      case 409 -> "error.conflict";
      case 429 -> "error.too-many";
      default -> "error.request";
    };
  }

  private static String type(String key) {
    return "https://kenes.kz/problems/" + key.replace('.', '-');
  }
}
