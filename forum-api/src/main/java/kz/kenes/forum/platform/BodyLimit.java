package kz.kenes.forum.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The largest request body Kenes reads. A declared {@code Content-Length} above it is refused
 * before anything reads the body (413, through {@link ProblemMapper}); a body without a length
 * (chunked) is read through {@link #read}, which stops one byte after the limit. Undertow's own
 * {@code max-post-size} (16 MiB, kenes.cli) is a backstop only: above it Undertow itself answers an
 * empty 400 and closes the connection before Kenes sees the request.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {
  public static final int MAX_BYTES = 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BYTES) {
      throw new DomainException.TooLarge();
    }
  }

  /** The whole body, or {@link DomainException.TooLarge} once it passes the limit. */
  static byte[] read(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > MAX_BYTES) {
        throw new DomainException.TooLarge();
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
