package kz.kenes.forum.follow.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kz.kenes.forum.follow.FollowService;
import kz.kenes.forum.platform.CurrentActor;

/**
 * Following bodies and threads; a signed-in member only. PUT and DELETE are idempotent: both answer
 * 204 whether or not anything changed.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class FollowResource {
  @Inject CurrentActor caller;
  @Inject FollowService follows;

  @PUT
  @Path("bodies/{slug}/follow")
  public Response followBody(@PathParam("slug") String slug) {
    follows.followBody(caller.require(), slug);
    return Response.noContent().build();
  }

  @DELETE
  @Path("bodies/{slug}/follow")
  public Response unfollowBody(@PathParam("slug") String slug) {
    follows.unfollowBody(caller.require(), slug);
    return Response.noContent().build();
  }

  @PUT
  @Path("threads/{id}/follow")
  public Response followThread(@PathParam("id") long id) {
    follows.followThread(caller.require(), id);
    return Response.noContent().build();
  }

  @DELETE
  @Path("threads/{id}/follow")
  public Response unfollowThread(@PathParam("id") long id) {
    follows.unfollowThread(caller.require(), id);
    return Response.noContent().build();
  }

  @GET
  @Path("me/follows")
  public List<FollowView> mine() {
    return follows.mine(caller.require()).stream().map(FollowView::of).toList();
  }
}
