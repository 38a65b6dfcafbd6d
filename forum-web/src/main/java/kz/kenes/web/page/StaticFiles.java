package kz.kenes.web.page;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The few static files (CSS, icon) from the classpath, cached for a day by browsers and gzipped
 * once.
 */
@Path("static/{name}")
public class StaticFiles {
  private static final Map<String, MediaType> TYPES =
      Map.of(
          "css",
          MediaType.valueOf("text/css; charset=UTF-8"),
          "js",
          MediaType.valueOf("application/javascript; charset=UTF-8"),
          "svg",
          MediaType.valueOf("image/svg+xml"));
  private static final Map<String, Representation> CACHE = new ConcurrentHashMap<>();

  @GET
  public Response get(@PathParam("name") String name, @Context HttpHeaders headers) {
    if (!name.matches("[a-z0-9-]+\\.(css|js|svg)")) {
      throw new NotFoundException();
    }
    Representation content = CACHE.computeIfAbsent(name, StaticFiles::load);
    if (content.identity().length == 0) {
      throw new NotFoundException();
    }
    CacheControl cache = new CacheControl();
    cache.setMaxAge(86_400);
    return content
        .respond(
            headers.getHeaderString(HttpHeaders.IF_NONE_MATCH),
            headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING),
            TYPES.get(name.substring(name.lastIndexOf('.') + 1)))
        .cacheControl(cache)
        .build();
  }

  private static Representation load(String name) {
    try (InputStream in = StaticFiles.class.getResourceAsStream("/static/" + name)) {
      return Representation.of(in == null ? new byte[0] : in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
