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
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
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
  private static final String PHONE_ACTION = "kenes.phone-action";
  private static final String CHANNELS = "/notifications#channels";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject HttpServletRequest request;
  @Inject CurrentActor caller;
  @Inject KeycloakProbe keycloak;

  @GET
  @Path("signin")
  public Response signIn(@QueryParam("next") String next) {
    if (!keycloak.answers()) {
      // the friendly 503 page here, not the browser's "cannot connect" on Keycloak's address
      throw new DomainException.Unavailable("error.signin.unavailable");
    }
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

  /**
   * Adding or changing the member's phone number: Keycloak's {@code kenes-phone} action (a code
   * sent to the new number; a number of another account is refused) started from Kenes as an
   * application-initiated action. Keycloak answers at {@code /account/phone/done} with the code in
   * the URL's fragment, which never reaches a server: Kenes does not use it. The session remembers
   * a random value that the return address carries, so that only the return of this member's own
   * action ends the session: a link to the return address from elsewhere signs nobody out.
   */
  @GET
  @Path("account/phone")
  public Response changePhone() {
    if (caller.get().isEmpty()) {
      return signIn("/account/phone");
    }
    byte[] random = new byte[18];
    RANDOM.nextBytes(random);
    String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    request.getSession(true).setAttribute(PHONE_ACTION, nonce);
    String action =
        Settings.value(Setting.KENES_OIDC_PROVIDER_URL)
            + "/protocol/openid-connect/auth?client_id="
            + encoded(Settings.value(Setting.KENES_OIDC_CLIENT_ID))
            + "&response_type=code&response_mode=fragment&scope=openid&kc_action=kenes-phone"
            + "&redirect_uri="
            + encoded(site() + "/account/phone/done?n=" + nonce);
    return Response.seeOther(URI.create(action)).build();
  }

  /**
   * Back from Keycloak's phone action: the session's token still names the old number, so the
   * session ends and the member signs in again (silently: Keycloak's own session is kept) and Kenes
   * reads the new number from the new token.
   */
  @GET
  @Path("account/phone/done")
  public Response phoneChanged(@QueryParam("n") String nonce) {
    var session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(PHONE_ACTION);
    if (!(expected instanceof String value)
        || nonce == null
        || !MessageDigest.isEqual(
            value.getBytes(StandardCharsets.US_ASCII), nonce.getBytes(StandardCharsets.UTF_8))) {
      return Response.seeOther(URI.create(CHANNELS)).build();
    }
    session.invalidate();
    return signIn(CHANNELS);
  }

  @POST
  @Path("logout")
  public Response logout() throws ServletException {
    request.logout();
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    String endSession =
        Settings.value(Setting.KENES_OIDC_PROVIDER_URL)
            + "/protocol/openid-connect/logout?client_id="
            + encoded(Settings.value(Setting.KENES_OIDC_CLIENT_ID))
            + "&post_logout_redirect_uri="
            + encoded(site() + "/");
    return Response.seeOther(URI.create(endSession)).build();
  }

  private String site() {
    return request.getScheme() + "://" + request.getServerName() + port();
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
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
