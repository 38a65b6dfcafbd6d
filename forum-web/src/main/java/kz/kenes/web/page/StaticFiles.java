package kz.kenes.web.page;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The few static files (CSS, icon) from the classpath, cached for a day by browsers. */
@Path("static/{name}")
public class StaticFiles {
  private static final Map<String, String> TYPES =
      Map.of(
          "css",
          "text/css; charset=UTF-8",
          "js",
          "application/javascript; charset=UTF-8",
          "svg",
          "image/svg+xml");
  private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

  @GET
  public Response get(@PathParam("name") String name) {
    if (!name.matches("[a-z0-9-]+\\.(css|js|svg)")) {
      throw new NotFoundException();
    }
    byte[] content = CACHE.computeIfAbsent(name, StaticFiles::load);
    if (content.length == 0) {
      throw new NotFoundException();
    }
    CacheControl cache = new CacheControl();
    cache.setMaxAge(86_400);
    return Response.ok(content, TYPES.get(name.substring(name.lastIndexOf('.') + 1)))
        .cacheControl(cache)
        .build();
  }

  private static byte[] load(String name) {
    try (InputStream in = StaticFiles.class.getResourceAsStream("/static/" + name)) {
      return in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
