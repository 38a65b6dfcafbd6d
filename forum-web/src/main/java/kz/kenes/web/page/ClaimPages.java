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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.claim.ClaimReviewService;
import kz.kenes.forum.claim.ClaimVerdict;
import kz.kenes.forum.claim.NewClaimReview;
import kz.kenes.forum.member.StaffService;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;

/**
 * The officials' forms for confirmed-information cards: publish a card for a body, attach a card to
 * a thread that repeats the rumour. Both work without JavaScript; the server checks that the
 * official serves the body.
 */
@Path("claims")
@Produces("text/html")
public class ClaimPages {
  @Inject Pages pages;
  @Inject CurrentActor caller;
  @Inject ClaimReviewService claims;
  @Inject StaffService staff;

  @GET
  @Path("new/{slug}")
  public Response form(@PathParam("slug") String slug) {
    if (caller.get().isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    claims.requirePublisher(caller.get().get(), slug);
    return form(Response.Status.OK, slug, Map.of(), List.of());
  }

  @POST
  @Path("new/{slug}")
  public Response publish(
      @PathParam("slug") String slug,
      @FormParam("claim") String claim,
      @FormParam("verdict") String verdict,
      @FormParam("explanation") String explanation,
      @FormParam("evidence") String evidence) {
    var actor = caller.require();
    List<String> links =
        evidence == null
            ? List.of()
            : Arrays.stream(evidence.split("\\R"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    try {
      var card =
          claims.publish(actor, slug, new NewClaimReview(claim, verdict, explanation, links));
      return Response.seeOther(URI.create("/bodies/" + slug + "#claim-" + card.id())).build();
    } catch (DomainException.InvalidInput invalid) {
      Map<String, String> values = new HashMap<>();
      values.put("claim", claim == null ? "" : claim);
      values.put("verdict", verdict == null ? "" : verdict);
      values.put("explanation", explanation == null ? "" : explanation);
      values.put("evidence", evidence == null ? "" : evidence);
      return form(Response.Status.BAD_REQUEST, slug, values, invalid.errors());
    }
  }

  @POST
  @Path("attach")
  public Response attach(@FormParam("threadId") Long threadId, @FormParam("cardId") Long cardId) {
    var actor = caller.require();
    if (threadId == null || cardId == null) {
      throw new DomainException.InvalidInput(
          List.of(new FieldError(threadId == null ? "threadId" : "cardId", "validation.required")));
    }
    claims.attach(actor, threadId, cardId);
    return Response.seeOther(URI.create("/threads/" + threadId + "#claim-" + cardId)).build();
  }

  private Response form(
      Response.Status status, String slug, Map<String, String> values, List<FieldError> errors) {
    var profile = staff.profile(slug);
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("body", profile.body());
    params.put("verdicts", ClaimVerdict.values());
    params.put("values", values);
    params.put("errors", Pages.byField(errors));
    return pages.page(status, "claim-new.jte", params);
  }
}
