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
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.moderation.review.ModerationAction;
import kz.kenes.moderation.review.ModerationService;

/**
 * The review queue with its decisions and the admins' audit log (the forms on posts are in {@link
 * PostPages}, a body's transparency summary in {@link BodyPage}: JAX-RS picks a resource class by
 * its own path first). Each form posts and returns to a page; nothing needs JavaScript.
 */
@Path("")
@Produces("text/html")
public class ModerationPages {
  @Inject Pages pages;
  @Inject CurrentActor caller;
  @Inject ModerationService moderation;
  @Inject AuditLog audit;

  @GET
  @Path("moderation")
  public Response queue(
      @QueryParam("body") String body,
      @QueryParam("status") String status,
      @QueryParam("page") String page) {
    var actor = caller.get();
    if (actor.isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    return queuePage(
        Response.Status.OK, actor.get(), body, status, page, null, List.of(), Map.of());
  }

  /** The queue; {@code failed} is the item whose decision is shown again with its errors. */
  private Response queuePage(
      Response.Status code,
      kz.kenes.forum.platform.Actor actor,
      String body,
      String status,
      String page,
      Long failed,
      List<FieldError> errors,
      Map<String, String> input) {
    var result =
        moderation.queue(actor, body, status, kz.kenes.forum.platform.Validation.page(page));
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("queue", result);
    params.put("details", moderation.details(result));
    params.put("status", status == null || status.isBlank() ? "PENDING" : status.strip());
    params.put("body", body == null ? "" : body.strip());
    params.put("actions", ModerationAction.values());
    params.put("failed", failed == null ? -1L : failed);
    params.put("errors", Pages.byField(errors));
    params.put("input", input);
    return pages.page(code, "moderation-queue.jte", params);
  }

  @POST
  @Path("moderation/items/{id}")
  public Response act(
      @PathParam("id") long itemId,
      @FormParam("action") String action,
      @FormParam("reason") String reason,
      @FormParam("version") Long version,
      @FormParam("claimReviewId") String claimReviewId) {
    var actor = caller.require();
    Long card = null;
    if (claimReviewId != null && !claimReviewId.isBlank()) {
      try {
        card = Long.valueOf(claimReviewId.strip());
      } catch (NumberFormatException e) {
        throw new DomainException.InvalidInput(
            List.of(new FieldError("claimReviewId", "validation.label.card")));
      }
    }
    try {
      moderation.act(actor, itemId, action, reason, version, card);
    } catch (DomainException.InvalidInput invalid) {
      Map<String, String> input = new HashMap<>();
      input.put("action", action == null ? "" : action);
      input.put("reason", reason == null ? "" : reason);
      return queuePage(
          Response.Status.BAD_REQUEST, actor, null, null, null, itemId, invalid.errors(), input);
    }
    return Response.seeOther(URI.create("/moderation")).build();
  }

  @GET
  @Path("admin/audit")
  public Response audit(
      @QueryParam("action") String action,
      @QueryParam("actor") String actor,
      @QueryParam("targetType") String targetType,
      @QueryParam("page") String page) {
    var admin = caller.get();
    if (admin.isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    Integer asked = kz.kenes.forum.platform.Validation.page(page);
    int number = asked == null ? 1 : asked;
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("entries", audit.browse(admin.get(), action, actor, targetType, number));
    params.put("action", action == null ? "" : action);
    params.put("actor", actor == null ? "" : actor);
    params.put("targetType", targetType == null ? "" : targetType);
    params.put("page", number);
    params.put("pageSize", AuditLog.PAGE_SIZE);
    return pages.ok("audit.jte", params);
  }
}
