package kz.kenes.forum.claim.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kz.kenes.forum.claim.Attachment;
import kz.kenes.forum.claim.ClaimReview;
import kz.kenes.forum.claim.ClaimReviewService;
import kz.kenes.forum.claim.NewClaimReview;
import kz.kenes.forum.platform.CurrentActor;

/**
 * Confirmed information cards. Reading is public; publishing a card and attaching it to a thread
 * need a token of an official who serves the body.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimReviewResource {
  @Inject CurrentActor caller;
  @Inject ClaimReviewService claims;

  @POST
  @Path("bodies/{slug}/claim-reviews")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response publish(
      @PathParam("slug") String slug, ClaimReviewRequest request, @Context UriInfo uri) {
    var actor = caller.require();
    NewClaimReview input =
        request == null ? new NewClaimReview(null, null, null, null) : request.toInput();
    ClaimReview card = claims.publish(actor, slug, input);
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/claim-reviews/{id}").build(card.id()))
        .entity(ClaimReviewView.of(card))
        .build();
  }

  @GET
  @Path("bodies/{slug}/claim-reviews")
  public List<ClaimReviewView> list(@PathParam("slug") String slug) {
    return ClaimReviewView.of(claims.forBody(slug));
  }

  @GET
  @Path("claim-reviews/{id}")
  public ClaimReviewView get(@PathParam("id") long id) {
    return ClaimReviewView.of(claims.byId(id));
  }

  /** 201 when the card is attached now, 200 when it was already; the card either way. */
  @POST
  @Path("threads/{id}/claim-reviews/{cardId}")
  public Response attach(@PathParam("id") long threadId, @PathParam("cardId") long cardId) {
    Attachment attachment = claims.attach(caller.require(), threadId, cardId);
    return Response.status(attachment.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(ClaimReviewView.of(attachment.card()))
        .build();
  }
}
