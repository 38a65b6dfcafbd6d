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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyService;
import kz.kenes.forum.member.StaffService;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.thread.Category;
import kz.kenes.forum.thread.NewThread;
import kz.kenes.forum.thread.ThreadFilter;
import kz.kenes.forum.thread.ThreadService;
import kz.kenes.forum.thread.ThreadStatus;
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
  @Inject kz.kenes.forum.member.StaffScopes scope;
  @Inject kz.kenes.moderation.transparency.TransparencyService transparency;
  @Inject StaffService staff;
  @Inject kz.kenes.forum.claim.ClaimReviewService claims;
  @Inject kz.kenes.forum.follow.FollowService follows;
  @Inject kz.kenes.search.query.SearchService search;
  @Inject kz.kenes.moderation.session.SessionQueries sessionQueries;
  @Inject kz.kenes.forum.platform.PageLinks links;

  /** How many upcoming sessions the body page shows. */
  static final int UPCOMING_SESSIONS = 3;

  @Inject kz.kenes.forum.survey.LeaderService leaders;
  @Inject kz.kenes.forum.budget.BudgetService budgets;

  @GET
  public Response show(
      @PathParam("slug") String slug,
      @QueryParam("type") String type,
      @QueryParam("category") String category,
      @QueryParam("status") String status,
      @QueryParam("after") String after) {
    if (pages.sameForEveryVisitor()) {
      return pages.forVisitors("body:" + slug, () -> html(slug, null, null, null, null));
    }
    return pages.respond(Response.Status.OK, html(slug, type, category, status, after));
  }

  private byte[] html(String slug, String type, String category, String status, String after) {
    var profile = staff.profile(slug);
    ThreadFilter filter = ThreadFilter.parse(type, category, status);
    var page = threads.page(slug, filter, after, ThreadService.PAGE_DEFAULT);
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("body", profile.body());
    params.put("officials", profile.officials());
    params.put("pinned", threads.pinned(profile.body()));
    params.put("claimCards", claims.forBody(profile.body()));
    params.put("leaders", leaders.ratedLeaders(profile.body()));
    params.put(
        "following", caller.get().map(a -> follows.follows(a, profile.body())).orElse(false));
    params.put("followers", follows.followers(profile.body()));
    params.put("threads", page.threads());
    params.put("filter", filter);
    params.put("next", page.next().map(c -> c.encode()).orElse(""));
    params.put("types", List.of(ThreadType.values()));
    params.put("categories", List.of(Category.values()));
    params.put("statuses", List.of(ThreadStatus.values()));
    params.put("budget", currentBudget(profile.body()));
    params.put("upcomingSessions", upcomingSessions(slug));
    return pages.render("body.jte", params);
  }

  /** The body's current participatory budget (issue 15), or null: its phase and a link. */
  private kz.kenes.forum.budget.Budget currentBudget(Body body) {
    return budgets.current(body).orElse(null);
  }

  /** The body page's "upcoming sessions" section: the next few sessions of the body. */
  private List<kz.kenes.moderation.session.PublicSession> upcomingSessions(String slug) {
    return sessionQueries.upcoming(slug, UPCOMING_SESSIONS);
  }

  /** The body's sessions as an iCalendar feed, {@code /bodies/{slug}/sessions.ics}. */
  @GET
  @Path("{file}")
  @Produces({"text/calendar", "text/html"})
  public Response sessionsFeed(@PathParam("slug") String slug, @PathParam("file") String file) {
    if (!file.equals("sessions.ics")) {
      throw new kz.kenes.forum.platform.DomainException.NotFound("error.not-found");
    }
    return SessionPages.feed(sessionQueries, links, bodies.bySlug(slug));
  }

  @GET
  @Path("new")
  public Response form(@PathParam("slug") String slug) {
    Body body = bodies.bySlug(slug);
    if (caller.get().isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    return form(
        Response.Status.OK,
        body,
        new NewThread("", "", "", ""),
        OnBehalfInput.NONE,
        List.of(),
        null);
  }

  /**
   * The form's "check for similar topics" button (no JavaScript needed): the same form again, with
   * up to five threads of the body whose titles resemble the one typed; nothing is published.
   */
  @POST
  @Path("new/similar")
  public Response similar(
      @PathParam("slug") String slug,
      @FormParam("type") String type,
      @FormParam("category") String category,
      @FormParam("title") String title,
      @FormParam("body") String text,
      @FormParam("channel") String channel,
      @FormParam("phone") String phone) {
    caller.require();
    Body body = bodies.bySlug(slug);
    return form(
        Response.Status.OK,
        body,
        new NewThread(type, title, text, category),
        new OnBehalfInput(channel, phone),
        List.of(),
        similarTo(slug, title));
  }

  @POST
  @Path("threads")
  public Response open(
      @PathParam("slug") String slug,
      @FormParam("type") String type,
      @FormParam("category") String category,
      @FormParam("title") String title,
      @FormParam("body") String text,
      @FormParam("channel") String channel,
      @FormParam("phone") String phone) {
    var actor = caller.require();
    NewThread input = new NewThread(type, title, text, category);
    OnBehalfInput resident = new OnBehalfInput(channel, phone);
    try {
      var opened =
          resident.given()
              ? threads.openOnBehalf(actor, slug, input, channel, phone)
              : threads.open(actor, slug, input);
      return Response.seeOther(URI.create("/threads/" + opened.thread().id())).build();
    } catch (DomainException.InvalidInput invalid) {
      return form(
          Response.Status.BAD_REQUEST,
          bodies.bySlug(slug),
          input,
          resident,
          invalid.errors(),
          similarTo(slug, title));
    }
  }

  /**
   * The form's "for a resident" fields, shown to an operator of the body: the resident's channel
   * (empty: the operator posts in their own name) and phone, as typed.
   */
  record OnBehalfInput(String channel, String phone) {
    static final OnBehalfInput NONE = new OnBehalfInput("", "");

    OnBehalfInput {
      channel = channel == null ? "" : channel;
      phone = phone == null ? "" : phone;
    }

    boolean given() {
      return !channel.isBlank();
    }
  }

  /**
   * Similar threads for the form, or none while the search index is being rebuilt: they are an aid,
   * and the member's typed text must come back either way.
   */
  private List<kz.kenes.search.query.SimilarThread> similarTo(String slug, String title) {
    try {
      return search.similar(slug, title);
    } catch (kz.kenes.search.query.SearchUnavailable rebuilding) {
      return List.of();
    }
  }

  private Response form(
      Response.Status status,
      Body body,
      NewThread input,
      OnBehalfInput resident,
      List<FieldError> errors,
      List<kz.kenes.search.query.SimilarThread> similar) {
    Map<String, Object> params = new HashMap<>();
    params.put("similar", similar == null ? List.of() : similar);
    params.put("similarChecked", similar != null);
    params.put("ctx", pages.context());
    params.put("body", body);
    params.put("input", input);
    params.put("errors", Pages.byField(errors));
    params.put("types", typesFor(body));
    params.put("categories", List.of(Category.values()));
    params.put("operator", servesAs(body, kz.kenes.forum.member.StaffRole.OPERATOR));
    params.put("channels", List.of(kz.kenes.forum.thread.OfflineChannel.values()));
    params.put("channel", resident.channel());
    params.put("phone", resident.phone());
    return pages.page(status, "new-thread.jte", params);
  }

  private boolean servesAs(Body body, kz.kenes.forum.member.StaffRole role) {
    return caller.get().map(a -> scope.serves(a, body, role)).orElse(false);
  }

  /** Residents choose among the resident types; officials of the body may also announce. */
  private List<ThreadType> typesFor(kz.kenes.forum.body.Body body) {
    boolean official = servesAs(body, kz.kenes.forum.member.StaffRole.OFFICIAL);
    if (!official) {
      return RESIDENT_TYPES;
    }
    List<ThreadType> all = new java.util.ArrayList<>(RESIDENT_TYPES);
    all.add(ThreadType.ANNOUNCEMENT);
    return all;
  }

  @GET
  @Path("transparency")
  public Response transparency(@PathParam("slug") String slug, @QueryParam("month") String month) {
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("report", transparency.report(slug, month));
    params.put("reasons", kz.kenes.moderation.review.FlagReason.values());
    return pages.ok("transparency.jte", params);
  }
}
