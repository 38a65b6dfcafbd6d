package kz.kenes.forum.notification.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kz.kenes.forum.notification.NotificationService;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.PageLinks;

/** The caller's own notifications; a signed-in member only. Nobody sees another's. */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {
  @Inject CurrentActor caller;
  @Inject NotificationService notifications;
  @Inject PageLinks links;

  @GET
  @Path("notifications")
  public List<NotificationView> list(
      @QueryParam("unread") String unread, @QueryParam("limit") Integer limit) {
    return notifications.mine(caller.require(), unread, limit).stream()
        .map(n -> NotificationView.of(n, links))
        .toList();
  }

  @POST
  @Path("notifications/{id}/read")
  public Response read(@PathParam("id") long id) {
    notifications.markRead(caller.require(), id);
    return Response.noContent().build();
  }

  @POST
  @Path("notifications/read-all")
  public Response readAll() {
    notifications.markAllRead(caller.require());
    return Response.noContent().build();
  }
}
