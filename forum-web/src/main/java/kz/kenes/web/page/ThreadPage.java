package kz.kenes.web.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import kz.kenes.forum.thread.ThreadService;

/** One thread with its posts. */
@Path("threads/{id}")
@Produces("text/html")
public class ThreadPage {
  @Inject Pages pages;
  @Inject ThreadService threads;

  @GET
  public Response show(@PathParam("id") long id) {
    return pages.ok("thread.jte", Map.of("ctx", pages.context(), "details", threads.details(id)));
  }
}
