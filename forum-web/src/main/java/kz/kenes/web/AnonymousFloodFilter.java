package kz.kenes.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;
import kz.kenes.moderation.limits.ClientAddress;
import kz.kenes.moderation.limits.FloodGuard;

/**
 * Puts the {@link FloodGuard} in front of the expensive reads for visitors who are not signed in:
 * the search page and API and the similar-thread suggestions (page and API). A refusal is a 429
 * with {@code Retry-After} through {@code ProblemMapper}.
 */
@Provider
public class AnonymousFloodFilter implements ContainerRequestFilter {
  static final Pattern GUARDED =
      Pattern.compile("search|api/v1/search|(api/v1/bodies|bodies)/[^/]+(/new)?/similar");

  @Inject FloodGuard guard;
  @Inject HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (context.getSecurityContext().getUserPrincipal() != null) {
      return;
    }
    String path = context.getUriInfo().getPath();
    if (GUARDED.matcher(path.startsWith("/") ? path.substring(1) : path).matches()) {
      guard.check(ClientAddress.of(request));
    }
  }
}
