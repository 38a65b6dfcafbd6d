package kz.kenes.web.page;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import kz.kenes.forum.platform.Setting;
import kz.kenes.forum.platform.Settings;

/**
 * Signing in and out. {@code /signin?next=…} remembers where the person was and sends them to
 * {@code /login}, which web.xml protects: reaching it means Keycloak has signed them in, and it
 * returns them to the remembered page (the OIDC round trip keeps no query string of its own) under
 * a new session id (no session fixation).
 */
@Path("/")
public class SignInPages {
  private static final String NEXT = "kenes.next";

  @Inject HttpServletRequest request;

  @GET
  @Path("signin")
  public Response signIn(@QueryParam("next") String next) {
    request.getSession(true).setAttribute(NEXT, localPath(next));
    return Response.seeOther(URI.create("/login")).build();
  }

  @GET
  @Path("login")
  public Response login() {
    var session = request.getSession(false);
    String next = session == null ? null : (String) session.getAttribute(NEXT);
    if (session != null) {
      session.removeAttribute(NEXT);
      // the session may have been created before sign-in (by /signin, or by someone who planted
      // its id): a signed-in session gets a new id, so an id known before sign-in is worth nothing
      request.changeSessionId();
    }
    return Response.seeOther(URI.create(localPath(next))).build();
  }

  @POST
  @Path("logout")
  public Response logout() throws ServletException {
    request.logout();
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    String home = request.getScheme() + "://" + request.getServerName() + port() + "/";
    String endSession =
        Settings.value(Setting.KENES_OIDC_PROVIDER_URL)
            + "/protocol/openid-connect/logout?client_id="
            + URLEncoder.encode(
                Settings.value(Setting.KENES_OIDC_CLIENT_ID), StandardCharsets.UTF_8)
            + "&post_logout_redirect_uri="
            + URLEncoder.encode(home, StandardCharsets.UTF_8);
    return Response.seeOther(URI.create(endSession)).build();
  }

  private String port() {
    int port = request.getServerPort();
    boolean standard =
        ("http".equals(request.getScheme()) && port == 80)
            || ("https".equals(request.getScheme()) && port == 443);
    return standard ? "" : ":" + port;
  }

  /**
   * Only a path on this site, never another host: an open redirect would help phishing. Anything
   * that is not a plain URI path (spaces, control characters, …) falls back to the home page.
   */
  static String localPath(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.startsWith("/\\")
        || next.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      return "/";
    }
    try {
      URI uri = new URI(next);
      return uri.getScheme() == null && uri.getRawAuthority() == null ? next : "/";
    } catch (URISyntaxException e) {
      return "/";
    }
  }
}
