package kz.kenes.web.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.thread.Post;
import kz.kenes.forum.thread.ThreadService;

/**
 * Editing and withdrawing one's own post, the visible history of a post's texts, and the moderation
 * forms on a post: flag, contest a decision, escalate into a formal appeal.
 */
@Path("posts/{id}")
@Produces("text/html")
public class PostPages {
  @Inject Pages pages;
  @Inject ThreadService threads;
  @Inject CurrentActor caller;
  @Inject kz.kenes.moderation.review.ModerationService moderation;
  @Inject kz.kenes.moderation.appeal.AppealRegistration appeals;

  @GET
  @Path("edit")
  public Response form(@PathParam("id") long id) {
    if (caller.get().isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    Post post = threads.post(id);
    if (!post.author().username().equals(caller.require().username())) {
      throw new DomainException.Forbidden("error.post.not-yours");
    }
    return form(Response.Status.OK, post, post.raw(), List.of());
  }

  @POST
  @Path("edit")
  public Response edit(@PathParam("id") long id, @FormParam("body") String body) {
    var actor = caller.require();
    try {
      Post post = threads.edit(actor, id, body);
      return Response.seeOther(
              URI.create("/threads/" + post.thread().id() + "#post-" + post.number()))
          .build();
    } catch (DomainException.InvalidInput invalid) {
      return form(Response.Status.BAD_REQUEST, threads.post(id), body, invalid.errors());
    }
  }

  @POST
  @Path("withdraw")
  public Response withdraw(@PathParam("id") long id) {
    var actor = caller.require();
    Post post = threads.withdraw(actor, id);
    return Response.seeOther(
            URI.create("/threads/" + post.thread().id() + "#post-" + post.number()))
        .build();
  }

  @GET
  @Path("revisions")
  public Response revisions(@PathParam("id") long id) {
    Post post = threads.post(id, caller.get());
    return pages.ok(
        "revisions.jte",
        Map.of(
            "ctx",
            pages.context(),
            "post",
            post,
            "shown",
            threads.reads(caller.get(), post),
            "revisions",
            threads.revisions(id, caller.get())));
  }

  private Response form(Response.Status status, Post post, String text, List<FieldError> errors) {
    return pages.page(
        status,
        "post-edit.jte",
        Map.of(
            "ctx",
            pages.context(),
            "post",
            post,
            "text",
            text == null ? "" : text,
            "errors",
            Pages.byField(errors)));
  }

  @POST
  @Path("flag")
  public Response flag(
      @PathParam("id") long postId,
      @FormParam("reason") String reason,
      @FormParam("note") String note) {
    var actor = caller.require();
    moderation.flag(actor, postId, reason, note);
    return backToPost(postId, "flagged");
  }

  @POST
  @Path("contest")
  public Response contest(@PathParam("id") long postId, @FormParam("reason") String reason) {
    var actor = caller.require();
    moderation.contest(actor, postId, reason);
    return backToPost(postId, "contested");
  }

  @POST
  @Path("escalate")
  public Response escalate(@PathParam("id") long postId) {
    var actor = caller.require();
    var escalation = appeals.escalate(actor, postId);
    return Response.seeOther(URI.create("/appeals/" + escalation.appeal().id())).build();
  }

  private Response backToPost(long postId, String done) {
    var post = threads.post(postId);
    return Response.seeOther(
            URI.create(
                "/threads/" + post.thread().id() + "?done=" + done + "#post-" + post.number()))
        .build();
  }
}
