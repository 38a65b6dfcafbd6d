package kz.kenes.web.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import kz.kenes.forum.notification.NotificationService;
import kz.kenes.forum.platform.CurrentActor;

/** The signed-in member's notifications, newest first, and "mark all as read". */
@Path("notifications")
@Produces("text/html")
public class NotificationsPage {
  /** The page shows this many, the newest. */
  static final int SHOWN = 50;

  @Inject Pages pages;
  @Inject NotificationService notifications;
  @Inject CurrentActor caller;

  @GET
  public Response show() {
    var actor = caller.get();
    if (actor.isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    return pages.ok(
        "notifications.jte",
        Map.of(
            "ctx", pages.context(),
            "notifications", notifications.mine(actor.get(), null, SHOWN),
            "unread", notifications.unreadCount(actor.get())));
  }

  @POST
  @Path("read-all")
  public Response readAll() {
    var actor = caller.require();
    notifications.markAllRead(actor);
    return Response.seeOther(URI.create("/notifications")).build();
  }
}
