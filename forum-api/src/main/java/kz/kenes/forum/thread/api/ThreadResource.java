package kz.kenes.forum.thread.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.thread.NewThread;
import kz.kenes.forum.thread.ThreadDetails;
import kz.kenes.forum.thread.ThreadFilter;
import kz.kenes.forum.thread.ThreadPage;
import kz.kenes.forum.thread.ThreadService;

/**
 * Threads of bodies' community pages, their posts, supports and official answers. Reading is
 * public; writing needs a bearer token.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ThreadResource {
  @Inject CurrentActor caller;
  @Inject kz.kenes.forum.platform.PageLinks links;
  @Inject ThreadService threads;
  @Inject kz.kenes.forum.claim.ClaimReviewService claims;

  /**
   * What the API accepts to open a thread. {@code onBehalf}, only for an operator of the body: the
   * thread is a question or proposal posted for a resident who is not online.
   */
  public record NewThreadRequest(
      String type, String title, String body, String category, OnBehalfRequest onBehalf) {}

  /**
   * How the resident an operator posts for came: {@code channel} ORAL, PHONE, PAPER or
   * SOCIAL_NETWORK; {@code phone} their Kazakh mobile number, optional (kept masked, never shown).
   */
  public record OnBehalfRequest(String channel, String phone) {}

  /** A text: a reply, an edit or an official answer; a reply may quote a post of the thread. */
  public record TextRequest(String body, Long quotePostId) {}

  /** A proposal's support count and status after a support. */
  public record SupportView(long threadId, int supportCount, String status) {}

  @GET
  @Path("bodies/{slug}/threads")
  public Response list(
      @PathParam("slug") String slug,
      @QueryParam("type") String type,
      @QueryParam("category") String category,
      @QueryParam("status") String status,
      @QueryParam("after") String after,
      @QueryParam("limit") Integer limit,
      @Context UriInfo uri) {
    ThreadPage page = threads.page(slug, ThreadFilter.parse(type, category, status), after, limit);
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
      throw missing("body");
    }
    var input = new NewThread(request.type(), request.title(), request.body(), request.category());
    var resident = request.onBehalf();
    ThreadDetails opened =
        resident == null
            ? threads.open(actor, slug, input)
            : threads.openOnBehalf(actor, slug, input, resident.channel(), resident.phone());
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/threads/{id}").build(opened.thread().id()))
        .entity(ThreadView.of(opened, links))
        .build();
  }

  @GET
  @Path("threads/{id}")
  public ThreadView get(@PathParam("id") long id, @QueryParam("after") Integer after) {
    var details = threads.details(id, caller.get(), after);
    return ThreadView.of(details, claims.forThread(details.thread()), links);
  }

  @POST
  @Path("threads/{id}/posts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reply(@PathParam("id") long id, TextRequest request, @Context UriInfo uri) {
    var actor = caller.require();
    if (request == null) {
      throw missing("body");
    }
    var post = threads.reply(actor, id, request.body(), request.quotePostId());
    return Response.created(uri.getBaseUriBuilder().path("api/v1/posts/{id}").build(post.id()))
        .entity(PostView.of(post, links))
        .build();
  }

  @POST
  @Path("threads/{id}/supports")
  public Response support(@PathParam("id") long id) {
    var thread = threads.support(caller.require(), id);
    return Response.status(Response.Status.CREATED)
        .entity(new SupportView(thread.id(), thread.supportCount(), thread.status().name()))
        .build();
  }

  @PUT
  @Path("threads/{id}/official-answer")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response answer(@PathParam("id") long id, TextRequest request) {
    var actor = caller.require();
    if (request == null) {
      throw missing("body");
    }
    var result = threads.answer(actor, id, request.body());
    return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(OfficialAnswerView.of(result.answer(), result.revisions()))
        .build();
  }

  /** A status change: CLOSED or OPEN, with the reason shown in the thread's history. */
  public record StatusRequest(String status, String reason) {}

  @PUT
  @Path("threads/{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  public ThreadView changeStatus(@PathParam("id") long id, StatusRequest request) {
    var actor = caller.require();
    if (request == null) {
      throw missing("status");
    }
    threads.changeStatus(actor, id, request.status(), request.reason());
    var details = threads.details(id, caller.get());
    return ThreadView.of(details, claims.forThread(details.thread()), links);
  }

  @GET
  @Path("posts/{id}")
  public PostView post(@PathParam("id") long id) {
    return PostView.of(threads.post(id, caller.get()), links);
  }

  @PUT
  @Path("posts/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public PostView edit(@PathParam("id") long id, TextRequest request) {
    var actor = caller.require();
    if (request == null) {
      throw missing("body");
    }
    return PostView.of(threads.edit(actor, id, request.body()), links);
  }

  @DELETE
  @Path("posts/{id}")
  public Response withdraw(@PathParam("id") long id) {
    threads.withdraw(caller.require(), id);
    return Response.noContent().build();
  }

  /** The earlier texts of a post, newest first. */
  public record RevisionView(int revision, String bodyHtml, java.time.Instant writtenAt) {}

  @GET
  @Path("posts/{id}/revisions")
  public List<RevisionView> revisions(@PathParam("id") long id) {
    return threads.revisions(id, caller.get()).stream()
        .map(r -> new RevisionView(r.revision(), r.cooked(), r.writtenAt()))
        .toList();
  }

  private static DomainException missing(String field) {
    return new DomainException.InvalidInput(List.of(new FieldError(field, "validation.required")));
  }
}
