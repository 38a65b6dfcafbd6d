package kz.kenes.moderation.review.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.moderation.review.Flag;
import kz.kenes.moderation.review.ModerationService;
import kz.kenes.moderation.review.ReviewEvent;
import kz.kenes.moderation.review.ReviewItem;

/** Flags, the review queue and moderators' decisions. */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModerationResource {
  @Inject CurrentActor caller;
  @Inject ModerationService moderation;

  /** A flag on a post. */
  public record FlagRequest(String reason, String note) {}

  /** A moderator's decision at the version they saw; {@code claimReviewId} for LABEL. */
  public record ActionRequest(String action, String reason, Long version, Long claimReviewId) {}

  /** The author contests a decision. */
  public record ContestRequest(String reason) {}

  /**
   * A review item as the queue shows it: of a post ({@code target} "POST", with {@code postId},
   * {@code threadId} and {@code threadTitle}) or of a question to a public session ({@code target}
   * "QUESTION", with {@code sessionId}, {@code questionId} and {@code sessionTitle}).
   */
  public record ItemView(
      long id,
      String target,
      Long postId,
      Long threadId,
      String threadTitle,
      Long sessionId,
      Long questionId,
      String sessionTitle,
      String body,
      String status,
      long version,
      int score,
      String postVisibility,
      String lastAction,
      String lastReason,
      boolean contested,
      Instant updatedAt) {
    static ItemView of(ReviewItem item) {
      if (item.question().isPresent()) {
        var q = item.question().get();
        return new ItemView(
            item.id(),
            "QUESTION",
            null,
            null,
            null,
            q.session().id(),
            q.id(),
            q.session().title(),
            item.body().slug(),
            item.status().name(),
            item.version(),
            item.score(),
            q.hidden() ? "HIDDEN" : "VISIBLE",
            item.lastAction().map(Enum::name).orElse(null),
            item.lastReason().orElse(null),
            item.contested(),
            item.updatedAt());
      }
      return new ItemView(
          item.id(),
          "POST",
          item.post().id(),
          item.post().thread().id(),
          item.post().thread().title(),
          null,
          null,
          null,
          item.post().thread().body().slug(),
          item.status().name(),
          item.version(),
          item.score(),
          item.post().visibility().name(),
          item.lastAction().map(Enum::name).orElse(null),
          item.lastReason().orElse(null),
          item.contested(),
          item.updatedAt());
    }
  }

  /** A page of the queue. */
  public record QueueView(List<ItemView> items, long total, int page, int pageSize, Integer next) {}

  /** A flag as a moderator sees it (not who flagged). */
  public record FlagView(String reason, String note, int weight, Instant createdAt) {
    static FlagView of(Flag flag) {
      return new FlagView(
          flag.reason().name(), flag.note().orElse(null), flag.weight(), flag.createdAt());
    }
  }

  /** One change of an item. */
  public record EventView(
      String from, String to, String action, String actor, String reason, Instant at) {
    static EventView of(ReviewEvent e) {
      return new EventView(
          e.from().map(Enum::name).orElse(null),
          e.to().name(),
          e.action(),
          e.actor(),
          e.reason().orElse(null),
          e.at());
    }
  }

  /**
   * An item with its flags and history: the post's cooked HTML, or the question's plain text (the
   * moderators of its body see it even when hidden).
   */
  public record ItemDetailsView(
      ItemView item,
      String postHtml,
      String questionText,
      List<FlagView> flags,
      List<EventView> history) {}

  /** What a flag did. */
  public record FlaggedView(long itemId, int score, boolean hidden) {}

  @POST
  @Path("posts/{id}/flags")
  public Response flag(@PathParam("id") long postId, FlagRequest request) {
    var actor = caller.require();
    FlagRequest body = request == null ? new FlagRequest(null, null) : request;
    ModerationService.Flagged flagged = moderation.flag(actor, postId, body.reason(), body.note());
    return Response.status(201)
        .entity(new FlaggedView(flagged.item().id(), flagged.item().score(), flagged.hidden()))
        .build();
  }

  /** A flag on a question to a public session: it enters the review queue of the session's body. */
  @POST
  @Path("sessions/{id}/questions/{qid}/flags")
  public Response flagQuestion(
      @PathParam("id") long sessionId, @PathParam("qid") long questionId, FlagRequest request) {
    var actor = caller.require();
    FlagRequest body = request == null ? new FlagRequest(null, null) : request;
    ModerationService.Flagged flagged =
        moderation.flagQuestion(actor, sessionId, questionId, body.reason(), body.note());
    return Response.status(201)
        .entity(new FlaggedView(flagged.item().id(), flagged.item().score(), flagged.hidden()))
        .build();
  }

  @GET
  @Path("moderation/queue")
  public QueueView queue(
      @QueryParam("body") String body,
      @QueryParam("status") String status,
      @QueryParam("page") String page) {
    var actor = caller.require();
    ModerationService.QueuePage result =
        moderation.queue(actor, body, status, kz.kenes.forum.platform.Validation.page(page));
    return new QueueView(
        result.items().stream().map(ItemView::of).toList(),
        result.total(),
        result.page(),
        result.pageSize(),
        result.hasNext() ? result.page() + 1 : null);
  }

  @GET
  @Path("moderation/items/{id}")
  public ItemDetailsView item(@PathParam("id") long id) {
    var details = moderation.item(caller.require(), id);
    return new ItemDetailsView(
        ItemView.of(details.item()),
        details.item().question().isPresent() ? null : details.item().post().cooked(),
        details.item().question().map(q -> q.text()).orElse(null),
        details.flags().stream().map(FlagView::of).toList(),
        details.history().stream().map(EventView::of).toList());
  }

  @POST
  @Path("moderation/items/{id}/actions")
  public ItemView act(@PathParam("id") long id, ActionRequest request) {
    var actor = caller.require();
    ActionRequest body = request == null ? new ActionRequest(null, null, null, null) : request;
    return ItemView.of(
        moderation.act(
            actor, id, body.action(), body.reason(), body.version(), body.claimReviewId()));
  }

  @POST
  @Path("posts/{id}/contest")
  public ItemView contest(@PathParam("id") long postId, ContestRequest request) {
    var actor = caller.require();
    return ItemView.of(
        moderation.contest(actor, postId, request == null ? null : request.reason()));
  }
}
