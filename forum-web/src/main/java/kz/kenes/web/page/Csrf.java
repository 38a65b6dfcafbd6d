package kz.kenes.web.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import kz.kenes.forum.platform.DomainException;

/**
 * Synchronizer tokens against cross-site request forgery: one random token per session, put in
 * every form and checked by {@link RequestGuard} on every state-changing page request. Session
 * cookies are also SameSite=Lax.
 */
@RequestScoped
public class Csrf {
  public static final String FIELD = "_csrf";
  private static final String ATTRIBUTE = "kenes.csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject HttpServletRequest request;

  /**
   * The session's token, made when first needed; null for a visitor without a session. A request
   * with a bearer token (a program, not a browser's cookie) starts no session: it would stay in the
   * cluster's session cache for half an hour, one for each such request.
   */
  public String token(boolean create) {
    HttpSession session =
        request.getSession(create && request.getHeader(HttpHeaders.AUTHORIZATION) == null);
    if (session == null) {
      return null;
    }
    String token = (String) session.getAttribute(ATTRIBUTE);
    if (token == null) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(ATTRIBUTE, token);
    }
    return token;
  }

  /** 403 unless the submitted token is the session's. */
  public void verify(String submitted) {
    HttpSession session = request.getSession(false);
    String expected = session == null ? null : (String) session.getAttribute(ATTRIBUTE);
    if (expected == null
        || submitted == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            submitted.getBytes(StandardCharsets.US_ASCII))) {
      throw new DomainException.Forbidden("error.csrf");
    }
  }
}
