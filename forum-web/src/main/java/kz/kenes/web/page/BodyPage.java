package kz.kenes.web.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyService;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.thread.Category;
import kz.kenes.forum.thread.NewThread;
import kz.kenes.forum.thread.ThreadService;
import kz.kenes.forum.thread.ThreadType;

/** A body's community page, and the form that opens a thread on it (works without JavaScript). */
@Path("bodies/{slug}")
@Produces("text/html")
public class BodyPage {
  /** The types a resident can choose on the form; announcements are for officials. */
  static final List<ThreadType> RESIDENT_TYPES =
      List.of(
          ThreadType.PROPOSAL, ThreadType.QUESTION, ThreadType.COMPLAINT, ThreadType.DISCUSSION);

  @Inject Pages pages;
  @Inject BodyService bodies;
  @Inject ThreadService threads;
  @Inject CurrentActor caller;
  @Inject Csrf csrf;

  @GET
  public Response show(@PathParam("slug") String slug, @QueryParam("after") String after) {
    Body body = bodies.bySlug(slug);
    var page = threads.page(slug, after, ThreadService.PAGE_DEFAULT);
    return pages.ok(
        "body.jte",
        Map.of(
            "ctx", pages.context(),
            "body", body,
            "threads", page.threads(),
            "next", page.next().map(c -> c.encode()).orElse("")));
  }

  @GET
  @Path("new")
  public Response form(@PathParam("slug") String slug) {
    Body body = bodies.bySlug(slug);
    if (caller.get().isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    return form(Response.Status.OK, body, new NewThread("", "", "", ""), List.of());
  }

  @POST
  @Path("threads")
  public Response open(
      @PathParam("slug") String slug,
      @FormParam(Csrf.FIELD) String token,
      @FormParam("type") String type,
      @FormParam("category") String category,
      @FormParam("title") String title,
      @FormParam("body") String text) {
    var actor = caller.require();
    csrf.verify(token);
    NewThread input = new NewThread(type, title, text, category);
    try {
      var opened = threads.open(actor, slug, input);
      return Response.seeOther(URI.create("/threads/" + opened.thread().id())).build();
    } catch (DomainException.InvalidInput invalid) {
      return form(Response.Status.BAD_REQUEST, bodies.bySlug(slug), input, invalid.errors());
    }
  }

  private Response form(
      Response.Status status, Body body, NewThread input, List<FieldError> errors) {
    return pages.page(
        status,
        "new-thread.jte",
        Map.of(
            "ctx",
            pages.context(),
            "body",
            body,
            "input",
            input,
            "errors",
            Pages.byField(errors),
            "types",
            RESIDENT_TYPES,
            "categories",
            List.of(Category.values())));
  }
}
