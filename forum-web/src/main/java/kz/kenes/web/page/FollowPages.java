package kz.kenes.web.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import kz.kenes.forum.follow.FollowService;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;

/**
 * The follow buttons of body and thread pages ({@code follow-button.jte}): a form posts {@code
 * follow=true} or {@code follow=false} and returns to the page. Each is a root resource of its own:
 * a path under {@code bodies/{slug}} or {@code threads/{id}} in a class mounted elsewhere would
 * never be reached, since JAX-RS picks {@link BodyPage} and {@link ThreadPage} by their class paths
 * first.
 */
public final class FollowPages {
  private FollowPages() {}

  /** {@code POST /bodies/{slug}/follow}. */
  @Path("bodies/{slug}/follow")
  @Produces("text/html")
  public static class BodyFollow {
    @Inject FollowService follows;
    @Inject CurrentActor caller;

    @POST
    public Response set(@PathParam("slug") String slug, @FormParam("follow") String follow) {
      var actor = caller.require();
      if (wanted(follow)) {
        follows.followBody(actor, slug);
      } else {
        follows.unfollowBody(actor, slug);
      }
      return Response.seeOther(UriBuilder.fromPath("/bodies/{slug}").build(slug)).build();
    }
  }

  /** {@code POST /threads/{id}/follow}. */
  @Path("threads/{id}/follow")
  @Produces("text/html")
  public static class ThreadFollow {
    @Inject FollowService follows;
    @Inject CurrentActor caller;

    @POST
    public Response set(@PathParam("id") long id, @FormParam("follow") String follow) {
      var actor = caller.require();
      if (wanted(follow)) {
        follows.followThread(actor, id);
      } else {
        follows.unfollowThread(actor, id);
      }
      return Response.seeOther(UriBuilder.fromPath("/threads/{id}").build(id)).build();
    }
  }

  /** The form's {@code follow} field: true or false, anything else is a 400. */
  static boolean wanted(String follow) {
    if ("true".equals(follow)) {
      return true;
    }
    if ("false".equals(follow)) {
      return false;
    }
    throw new DomainException.InvalidInput(
        List.of(
            new FieldError(
                "follow", follow == null ? "validation.required" : "validation.unknown-value")));
  }
}
