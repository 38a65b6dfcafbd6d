package kz.kenes.web.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.claim.ClaimReview;
import kz.kenes.forum.claim.ClaimReviewJsonLd;
import kz.kenes.forum.claim.ClaimReviewService;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.thread.Post;
import kz.kenes.forum.thread.ThreadService;

/**
 * One thread: the official answer pinned on top, the posts, and the forms to reply, support and
 * answer. Everything works without JavaScript; each form posts and returns to the thread.
 */
@Path("threads/{id}")
@Produces("text/html")
public class ThreadPage {
  @Inject Pages pages;
  @Inject kz.kenes.web.link.WebPageLinks links;
  @Inject ThreadService threads;
  @Inject CurrentActor caller;
  @Inject ClaimReviewService claims;
  @Inject kz.kenes.moderation.appeal.AppealQueries appeals;
  @Inject kz.kenes.moderation.review.ModerationService moderation;
  @Inject kz.kenes.forum.member.StaffScopes scope;
  @Context UriInfo uri;

  @GET
  public Response show(
      @PathParam("id") long id,
      @QueryParam("quote") Long quote,
      @QueryParam("after") Integer after) {
    if (pages.sameForEveryVisitor()) {
      return pages.forVisitors("thread:" + id, () -> html(id, null, "", null, "", List.of()));
    }
    return pages.respond(
        Response.Status.OK, html(id, after, quoteText(id, quote), quote, "", List.of()));
  }

  @POST
  @Path("posts")
  public Response reply(
      @PathParam("id") long id,
      @FormParam("body") String body,
      @FormParam("quotePostId") Long quotePostId) {
    var actor = caller.require();
    try {
      Post post = threads.reply(actor, id, body, quotePostId);
      return Response.seeOther(URI.create("/threads/" + id + "#post-" + post.number())).build();
    } catch (DomainException.InvalidInput invalid) {
      return page(Response.Status.BAD_REQUEST, id, body, quotePostId, "", invalid.errors());
    }
  }

  @POST
  @Path("supports")
  public Response support(@PathParam("id") long id) {
    var actor = caller.require();
    threads.support(actor, id);
    return Response.seeOther(URI.create("/threads/" + id)).build();
  }

  @POST
  @Path("official-answer")
  public Response answer(@PathParam("id") long id, @FormParam("answer") String answer) {
    var actor = caller.require();
    try {
      threads.answer(actor, id, answer);
      return Response.seeOther(URI.create("/threads/" + id + "#official-answer")).build();
    } catch (DomainException.InvalidInput invalid) {
      List<FieldError> errors =
          invalid.errors().stream().map(e -> new FieldError("answer", e.messageKey())).toList();
      return page(Response.Status.BAD_REQUEST, id, "", null, answer, errors);
    }
  }

  private String quoteText(long threadId, Long quote) {
    if (quote == null) {
      return "";
    }
    Post quoted = threads.post(quote, caller.get());
    if (!quoted.thread().id().equals(threadId)
        || quoted.withdrawn()
        || !threads.reads(caller.get(), quoted)) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (String line : quoted.raw().strip().split("\\R")) {
      text.append("> ").append(line).append('\n');
    }
    return text.append('\n').toString();
  }

  private Response page(
      Response.Status status,
      long id,
      String reply,
      Long quotePostId,
      String answer,
      List<FieldError> errors) {
    return pages.respond(status, html(id, null, reply, quotePostId, answer, errors));
  }

  private byte[] html(
      long id,
      Integer after,
      String reply,
      Long quotePostId,
      String answer,
      List<FieldError> errors) {
    PageContext ctx = pages.context();
    var details = threads.details(id, caller.get(), after);
    List<ClaimReview> cards = claims.forThread(details.thread());
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", ctx);
    params.put("details", details);
    params.put("claimCards", cards);
    params.put("following", details.viewer().following());
    params.put(
        "claimJsonLd",
        cards.isEmpty()
            ? ""
            : ClaimReviewJsonLd.render(
                cards,
                uri.getBaseUriBuilder().path("threads/{id}").build(id).toString(),
                ctx.language()));
    var viewerActor = caller.get();
    var body = details.thread().body();
    // moderators and officials of the body escalate posts into appeals; admins only see
    boolean escalates =
        viewerActor
            .map(
                v ->
                    scope.serves(v, body, kz.kenes.forum.member.StaffRole.MODERATOR)
                        || scope.serves(v, body, kz.kenes.forum.member.StaffRole.OFFICIAL))
            .orElse(false);
    boolean staff = threads.staffOf(viewerActor, body);
    Map<Long, kz.kenes.moderation.appeal.Appeal> appealsByPost = new HashMap<>();
    var ofThread =
        details.thread().escalated()
            ? appeals.allOfThread(id)
            : List.<kz.kenes.moderation.appeal.Appeal>of();
    for (var appeal : ofThread) {
      if (appeal.complaintOf().isPresent()) {
        continue;
      }
      if (appeal.redirectedFrom().isEmpty() || !appealsByPost.containsKey(appeal.postId())) {
        appealsByPost.put(appeal.postId(), appeal);
      }
      appeal.redirectedTo().ifPresent(next -> appealsByPost.put(appeal.postId(), next));
    }
    java.util.Set<Long> contestable = new java.util.HashSet<>();
    viewerActor.ifPresent(
        v -> {
          for (Post p : details.posts()) {
            boolean mine = p.author().username().equals(v.username());
            boolean decided =
                p.visibility() != kz.kenes.forum.thread.PostVisibility.VISIBLE
                    || p.label().isPresent();
            if (mine && decided) {
              moderation
                  .decisionOn(p.id())
                  .filter(item -> item.status().decided() && !item.contested())
                  .ifPresent(item -> contestable.add(p.id()));
            }
          }
        });
    params.put("staff", staff);
    params.put("escalates", escalates);
    params.put("appealsByPost", appealsByPost);
    params.put("contestable", contestable);
    Map<Long, String> labelLinks = new HashMap<>();
    details
        .posts()
        .forEach(p -> p.label().ifPresent(l -> labelLinks.put(p.id(), links.labelPath(l))));
    params.put("labelLinks", labelLinks);
    params.put("flagReasons", kz.kenes.moderation.review.FlagReason.values());
    params.put(
        "bodyCards",
        details.viewer().canAnswer() ? claims.forBody(details.thread().body()) : List.of());
    params.put("reply", reply == null ? "" : reply);
    params.put("quotePostId", quotePostId == null ? "" : quotePostId.toString());
    params.put("answer", answer == null ? "" : answer);
    params.put("errors", Pages.byField(errors));
    return pages.render("thread.jte", params);
  }
}
