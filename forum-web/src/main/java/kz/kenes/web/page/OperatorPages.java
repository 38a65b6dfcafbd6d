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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyService;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffScopes;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.thread.Category;
import kz.kenes.moderation.appeal.AppealAccess;
import kz.kenes.moderation.appeal.AppealChannel;
import kz.kenes.moderation.appeal.IntakeRequest;
import kz.kenes.moderation.appeal.IntakeService;

/**
 * The operator's page (no JavaScript needed): the intake form that registers an appeal a resident
 * brought to the desk, by phone, on paper or in a social network, and today's intake; and the
 * printable receipt the resident takes home.
 */
@Path("")
@Produces("text/html")
public class OperatorPages {
  @Inject Pages pages;
  @Inject CurrentActor caller;
  @Inject IntakeService intake;
  @Inject AppealAccess access;
  @Inject BodyService bodies;
  @Inject StaffScopes staff;

  @GET
  @Path("operator")
  public Response show() {
    var actor = caller.get();
    if (actor.isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    return page(Response.Status.OK, actor.get(), IntakeRequest.EMPTY, List.of());
  }

  @POST
  @Path("operator/intake")
  public Response register(
      @FormParam("body") String body,
      @FormParam("channel") String channel,
      @FormParam("phone") String phone,
      @FormParam("fullName") String fullName,
      @FormParam("iin") String iin,
      @FormParam("address") String address,
      @FormParam("subject") String subject,
      @FormParam("text") String text,
      @FormParam("category") String category,
      @FormParam("sourceUrl") String sourceUrl) {
    Actor operator = caller.require();
    IntakeRequest request =
        new IntakeRequest(
            body, channel, phone, fullName, iin, address, subject, text, category, sourceUrl);
    try {
      var appeal = intake.register(operator, request);
      return Response.seeOther(URI.create("/appeals/" + appeal.id() + "/receipt")).build();
    } catch (DomainException.InvalidInput invalid) {
      return page(Response.Status.BAD_REQUEST, operator, request, invalid.errors());
    }
  }

  @GET
  @Path("appeals/{id}/receipt")
  public Response receipt(@PathParam("id") long id) {
    var actor = caller.get();
    if (actor.isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("appeal", access.requireReceiptReader(actor.get(), id));
    return pages.page(Response.Status.OK, "receipt.jte", params);
  }

  private Response page(
      Response.Status status, Actor operator, IntakeRequest input, List<FieldError> errors) {
    // today's list first: it refuses (403) anyone who is not an operator
    var today = intake.today(operator);
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("today", today);
    params.put("bodies", served(operator));
    params.put(
        "channels",
        List.of(
            AppealChannel.ORAL,
            AppealChannel.PHONE,
            AppealChannel.PAPER,
            AppealChannel.SOCIAL_NETWORK));
    params.put("categories", List.of(Category.values()));
    params.put("input", values(input));
    params.put("errors", Pages.byField(errors));
    return pages.page(status, "operator.jte", params);
  }

  private List<Body> served(Actor operator) {
    return bodies.hierarchy().stream()
        .filter(b -> staff.serves(operator, b, StaffRole.OPERATOR))
        .toList();
  }

  /** The typed values (never null) to fill the form again after a field error. */
  private static Map<String, String> values(IntakeRequest r) {
    Map<String, String> input = new HashMap<>();
    input.put("body", orEmpty(r.body()));
    input.put("channel", orEmpty(r.channel()));
    input.put("phone", orEmpty(r.phone()));
    input.put("fullName", orEmpty(r.fullName()));
    input.put("iin", orEmpty(r.iin()));
    input.put("address", orEmpty(r.address()));
    input.put("subject", orEmpty(r.subject()));
    input.put("text", orEmpty(r.text()));
    input.put("category", orEmpty(r.category()));
    input.put("sourceUrl", orEmpty(r.sourceUrl()));
    return input;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
