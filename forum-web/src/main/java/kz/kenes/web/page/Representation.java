package kz.kenes.web.page;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A response body kept in memory both as it is and gzipped once (at the best compression, since it
 * is compressed only once), with a weak ETag of its content. A client that accepts gzip gets the
 * compressed bytes with {@code Content-Encoding: gzip} (the server's gzip filter leaves an encoded
 * response alone); a client that sends back the ETag gets 304 without a body.
 */
public record Representation(byte[] identity, byte[] gzip, String etag) {
  /** What a request gets. */
  enum Choice {
    NOT_MODIFIED,
    GZIP,
    IDENTITY
  }

  /** Bodies smaller than this are sent as they are: compressing them saves nothing. */
  static final int MIN_GZIP_BYTES = 512;

  /** The gzip level of a page rendered for one request (see {@link #once}). */
  static final int ONCE_LEVEL = 5;

  public static Representation of(byte[] identity) {
    byte[] gzip =
        identity.length < MIN_GZIP_BYTES ? null : gzip(identity, Deflater.BEST_COMPRESSION);
    if (gzip != null && gzip.length >= identity.length) {
      gzip = null;
    }
    return new Representation(identity, gzip, "W/\"" + digest(identity) + "\"");
  }

  /**
   * 304 when {@code If-None-Match} names this content, else 200 with the gzipped bytes when the
   * client accepts them; always varying by {@code Accept-Encoding}.
   */
  public Response.ResponseBuilder respond(
      String ifNoneMatch, String acceptEncoding, MediaType type) {
    Response.ResponseBuilder response =
        switch (choose(ifNoneMatch, acceptEncoding)) {
          case NOT_MODIFIED -> Response.notModified();
          case GZIP -> Response.ok(gzip, type).header(HttpHeaders.CONTENT_ENCODING, "gzip");
          case IDENTITY -> Response.ok(identity, type);
        };
    return response
        .header(HttpHeaders.ETAG, etag)
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
  }

  Choice choose(String ifNoneMatch, String acceptEncoding) {
    if (matches(ifNoneMatch)) {
      return Choice.NOT_MODIFIED;
    }
    return gzip != null && acceptsGzip(acceptEncoding) ? Choice.GZIP : Choice.IDENTITY;
  }

  boolean matches(String ifNoneMatch) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String candidate = tag.strip();
      if (candidate.equals("*")) {
        return true;
      }
      if (!candidate.startsWith("W/")) {
        candidate = "W/" + candidate;
      }
      if (candidate.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code Accept-Encoding} allows gzip (named or by {@code *}, with a q above 0). */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    Boolean star = null;
    for (String item : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
      String[] parts = item.split(";");
      String coding = parts[0].strip();
      boolean allowed = true;
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].strip();
        if (parameter.startsWith("q=")) {
          allowed = quality(parameter.substring(2)) > 0;
        }
      }
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        return allowed;
      }
      if (coding.equals("*")) {
        star = allowed;
      }
    }
    return Boolean.TRUE.equals(star);
  }

  private static double quality(String value) {
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * A page rendered for one request (a signed-in member's), gzipped here at level {@value
   * #ONCE_LEVEL} when the client accepts it, where the server's gzip filter would use zlib's
   * default (6). On the 93 KB monitoring page level 5 takes 0.60 ms against 1.00 ms for 5 % more
   * bytes (11.2 KB against 10.6 KB); level 1 would take 0.31 ms but send 14.1 KB, which a resident
   * on a slow rural connection pays for. Never cached.
   */
  static Response.ResponseBuilder once(
      Response.Status status, byte[] identity, String acceptEncoding, MediaType type) {
    byte[] gzip = gzippedOnce(identity, acceptEncoding);
    if (gzip != null) {
      return Response.status(status)
          .type(type)
          .entity(gzip)
          .header(HttpHeaders.CONTENT_ENCODING, "gzip")
          .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    }
    return Response.status(status).type(type).entity(identity);
  }

  /** What {@link #once} sends gzipped, or null when it sends the page as it is. */
  static byte[] gzippedOnce(byte[] identity, String acceptEncoding) {
    return identity.length >= MIN_GZIP_BYTES && acceptsGzip(acceptEncoding)
        ? gzip(identity, ONCE_LEVEL)
        : null;
  }

  static byte[] gzip(byte[] identity, int level) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(identity.length / 4 + 64);
    try (GZIPOutputStream gzip =
        new GZIPOutputStream(out) {
          {
            def.setLevel(level);
          }
        }) {
      gzip.write(identity);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String digest(byte[] content) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
