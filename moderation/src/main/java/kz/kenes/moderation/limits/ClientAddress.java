package kz.kenes.moderation.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.kenes.forum.platform.Setting;
import kz.kenes.forum.platform.Settings;

/**
 * The network address that the limits count by: the direct peer of the connection, unless that peer
 * is one of the proxies named in {@code KENES_TRUSTED_PROXIES} (comma-separated addresses, as the
 * server sees them); then the right-most {@code X-Forwarded-For} entry that is not a trusted proxy
 * (entries to its left were written by the client and can be forged).
 */
public final class ClientAddress {
  public static final String ENV_TRUSTED_PROXIES = "KENES_TRUSTED_PROXIES";
  private static final ClientAddress FROM_ENVIRONMENT =
      new ClientAddress(Settings.value(Setting.KENES_TRUSTED_PROXIES));

  private final Set<String> trusted;

  public ClientAddress(String trustedProxies) {
    this.trusted =
        trustedProxies == null
            ? Set.of()
            : Stream.of(trustedProxies.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
  }

  /** The address of {@code request} under {@code KENES_TRUSTED_PROXIES}. */
  public static String of(HttpServletRequest request) {
    String forwarded = String.join(",", Collections.list(request.getHeaders("X-Forwarded-For")));
    return FROM_ENVIRONMENT.resolve(request.getRemoteAddr(), forwarded);
  }

  /** The client's address, given the peer's and the {@code X-Forwarded-For} value (or null). */
  public String resolve(String peer, String forwardedFor) {
    if (peer == null || !trusted.contains(peer) || forwardedFor == null) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !trusted.contains(hop)) {
        return hop;
      }
    }
    return peer;
  }
}
