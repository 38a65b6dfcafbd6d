package kz.kenes.web.page;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Signing in and out. {@code /login} is protected in web.xml, so reaching this method means
 * Keycloak has signed the person in; it returns them to where they were.
 */
@Path("/")
public class SignInPages {
  @Inject HttpServletRequest request;
  @Inject Csrf csrf;

  @GET
  @Path("login")
  public Response login(@QueryParam("next") String next) {
    return Response.seeOther(URI.create(localPath(next))).build();
  }

  @POST
  @Path("logout")
  public Response logout(@FormParam(Csrf.FIELD) String token) throws ServletException {
    csrf.verify(token);
    request.logout();
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    String home = request.getScheme() + "://" + request.getServerName() + port() + "/";
    String endSession =
        System.getenv()
                .getOrDefault("KENES_OIDC_PROVIDER_URL", "http://localhost:8180/realms/kenes")
            + "/protocol/openid-connect/logout?client_id="
            + System.getenv().getOrDefault("KENES_OIDC_CLIENT_ID", "kenes-web")
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

  /** Only a path on this site, never another host: an open redirect would help phishing. */
  static String localPath(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.startsWith("/\\")
        || next.contains("\r")
        || next.contains("\n")) {
      return "/";
    }
    return next;
  }
}
