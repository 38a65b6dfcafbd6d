package kz.kenes.web.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import kz.kenes.forum.notification.ChannelSettings;
import kz.kenes.forum.notification.NotificationService;
import kz.kenes.forum.platform.CurrentActor;

/**
 * The signed-in member's notifications, newest first, "mark all as read", and the form choosing the
 * channels (email, SMS) that notifications take besides the site.
 */
@Path("notifications")
@Produces("text/html")
public class NotificationsPage {
  /** The page shows this many, the newest. */
  static final int SHOWN = 50;

  @Inject Pages pages;
  @Inject NotificationService notifications;
  @Inject CurrentActor caller;
  @Inject ChannelSettings channels;

  @GET
  public Response show(@QueryParam("saved") String saved) {
    var actor = caller.get();
    if (actor.isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    return pages.ok(
        "notifications.jte",
        Map.of(
            "ctx", pages.context(),
            "notifications", notifications.mine(actor.get(), null, SHOWN),
            "unread", notifications.unreadCount(actor.get()),
            "channels", channels.mine(actor.get()),
            "saved", "1".equals(saved)));
  }

  /** The channel form: a box left unticked is sent as nothing and switches its channel off. */
  @POST
  @Path("settings")
  public Response choose(
      @FormParam("email") String email,
      @FormParam("sms") String sms,
      @FormParam("smsAnswers") String smsAnswers) {
    var actor = caller.require();
    channels.choose(actor, email != null, sms != null, smsAnswers != null);
    return Response.seeOther(URI.create("/notifications?saved=1#channels")).build();
  }

  @POST
  @Path("read-all")
  public Response readAll() {
    var actor = caller.require();
    notifications.markAllRead(actor);
    return Response.seeOther(URI.create("/notifications")).build();
  }
}
