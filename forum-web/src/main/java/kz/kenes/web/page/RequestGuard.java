package kz.kenes.web.page;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.platform.JsonBodyReader;

/**
 * The one check in front of every request to the application, before any resource is chosen; what
 * it refuses goes through {@code ProblemMapper} (problem+json under /api, a page elsewhere):
 *
 * <ul>
 *   <li>a NUL in the path, a query parameter or a page form's field is refused (400): no stored
 *       text has one (PostgreSQL cannot even compare a string that has);
 *   <li>a token in the URL ({@code ?access_token=}) is refused: URLs end up in logs and history;
 *   <li>every state-changing page request (POST, PUT, PATCH, DELETE outside /api) comes from a
 *       signed-in member (401) and carries the session's {@code _csrf} token (fails closed: 403);
 *   <li>an API write with a body must be JSON (415), which an HTML form cannot send; an API write
 *       authenticated by the session cookie rather than a bearer token must come from this site's
 *       own pages ({@code Origin}, else {@code Referer}; 403 otherwise).
 * </ul>
 *
 * Every API response to a signed-in caller is {@code Cache-Control: no-store}.
 */
@Provider
@PreMatching
public class RequestGuard implements ContainerRequestFilter, ContainerResponseFilter {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Inject HttpServletRequest request;
  @Inject Csrf csrf;

  @Override
  public void filter(ContainerRequestContext context) {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      // the server forwards a failure of the original request here to answer it; nothing is written
      return;
    }
    if (context.getUriInfo().getPath().indexOf('\0') >= 0) {
      throw new DomainException.InvalidInput(
          List.of(new FieldError("path", "validation.control-character")));
    }
    for (var parameter : context.getUriInfo().getQueryParameters().entrySet()) {
      if (parameter.getValue().stream().anyMatch(v -> v.indexOf('\0') >= 0)) {
        // PostgreSQL cannot even compare a string with NUL in it
        throw new DomainException.InvalidInput(
            List.of(new FieldError(parameter.getKey(), "validation.control-character")));
      }
    }
    if (context.getUriInfo().getQueryParameters().containsKey("access_token")) {
      throw new DomainException.InvalidInput(
          List.of(new FieldError("access_token", "validation.access-token-in-url")));
    }
    String method = context.getMethod();
    if (!WRITES.contains(method)) {
      return;
    }
    if (!isApi(context)) {
      if (request.getUserPrincipal() == null) {
        throw new DomainException.Unauthenticated();
      }
      csrf.verify(request.getParameter(Csrf.FIELD));
      for (var field : request.getParameterMap().entrySet()) {
        if (java.util.Arrays.stream(field.getValue()).anyMatch(v -> v.indexOf('\0') >= 0)) {
          throw new DomainException.InvalidInput(
              List.of(new FieldError(field.getKey(), "validation.control-character")));
        }
      }
      return;
    }
    if (hasBody(context) && !JsonBodyReader.isJson(context.getMediaType())) {
      throw new NotSupportedException();
    }
    boolean bySessionCookie =
        request.getUserPrincipal() != null
            && context.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
    if (bySessionCookie && !fromThisSite(context)) {
      throw new DomainException.Forbidden("error.csrf");
    }
  }

  @Override
  public void filter(ContainerRequestContext context, ContainerResponseContext response) {
    if (isApi(context)
        && (request.getUserPrincipal() != null
            || context.getHeaderString(HttpHeaders.AUTHORIZATION) != null)) {
      response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    }
  }

  private static boolean isApi(ContainerRequestContext context) {
    return context.getUriInfo().getPath().replaceFirst("^/", "").startsWith("api/");
  }

  /** A declared type or any bytes: a form always declares one, a bodiless PUT need not. */
  private static boolean hasBody(ContainerRequestContext context) {
    String length = context.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    return context.getMediaType() != null
        || context.getHeaderString("Transfer-Encoding") != null
        || (length != null && !length.strip().equals("0"));
  }

  /** Same scheme, host and port as this request, by {@code Origin} or else {@code Referer}. */
  private static boolean fromThisSite(ContainerRequestContext context) {
    String source = context.getHeaderString("Origin");
    if (source == null || source.equals("null")) {
      source = context.getHeaderString("Referer");
    }
    if (source == null) {
      return false;
    }
    try {
      URI from = new URI(source);
      URI self = context.getUriInfo().getBaseUri();
      return from.getScheme() != null
          && from.getRawAuthority() != null
          && from.getScheme().equalsIgnoreCase(self.getScheme())
          && from.getRawAuthority().equalsIgnoreCase(self.getRawAuthority());
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
