package kz.kenes.web.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import kz.kenes.forum.body.BodyService;

/** The front page: every body with a community page, in its hierarchy. */
@Path("/")
@Produces("text/html")
public class HomePage {
  @Inject Pages pages;
  @Inject BodyService bodies;

  @GET
  public Response show() {
    if (pages.sameForEveryVisitor()) {
      return pages.forVisitors("home", this::html);
    }
    return pages.respond(Response.Status.OK, html());
  }

  private byte[] html() {
    return pages.render("home.jte", Map.of("ctx", pages.context(), "bodies", bodies.hierarchy()));
  }
}
