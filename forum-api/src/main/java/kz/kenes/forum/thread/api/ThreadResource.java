package kz.kenes.forum.thread.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.thread.NewThread;
import kz.kenes.forum.thread.ThreadDetails;
import kz.kenes.forum.thread.ThreadPage;
import kz.kenes.forum.thread.ThreadService;

/** Threads of bodies' community pages. Reading is public; opening a thread needs a token. */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ThreadResource {
  @Inject CurrentActor caller;
  @Inject ThreadService threads;

  /** What the API accepts to open a thread. */
  public record NewThreadRequest(String type, String title, String body, String category) {}

  @GET
  @Path("bodies/{slug}/threads")
  public Response list(
      @PathParam("slug") String slug,
      @QueryParam("after") String after,
      @QueryParam("limit") Integer limit,
      @Context UriInfo uri) {
    ThreadPage page = threads.page(slug, after, limit);
    String next = page.next().map(c -> c.encode()).orElse(null);
    Response.ResponseBuilder response =
        Response.ok(
            new ThreadListView(page.threads().stream().map(ThreadSummaryView::of).toList(), next));
    if (next != null) {
      response.link(uri.getRequestUriBuilder().replaceQueryParam("after", next).build(), "next");
    }
    return response.build();
  }

  @POST
  @Path("bodies/{slug}/threads")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(
      @PathParam("slug") String slug, NewThreadRequest request, @Context UriInfo uri) {
    var actor = caller.require();
    if (request == null) {
      throw new DomainException.InvalidInput(
          java.util.List.of(new kz.kenes.forum.platform.FieldError("body", "validation.required")));
    }
    ThreadDetails opened =
        threads.open(
            actor,
            slug,
            new NewThread(request.type(), request.title(), request.body(), request.category()));
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/threads/{id}").build(opened.thread().id()))
        .entity(ThreadView.of(opened))
        .build();
  }

  @GET
  @Path("threads/{id}")
  public ThreadView get(@PathParam("id") long id) {
    return ThreadView.of(threads.details(id));
  }
}
