package kz.kenes.web.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import kz.kenes.forum.outbox.OutboxAdmin;
import kz.kenes.forum.outbox.OutboxStatus;
import kz.kenes.forum.platform.CurrentActor;

/**
 * Admins watch the outbox (the page beside {@code GET /api/v1/admin/outbox}) and send a FAILED
 * message again.
 */
@Path("admin/outbox")
@Produces("text/html")
public class AdminOutboxPage {
  @Inject Pages pages;
  @Inject OutboxAdmin outbox;
  @Inject CurrentActor caller;

  @GET
  public Response show(@QueryParam("status") String status) {
    var actor = caller.get();
    if (actor.isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    var entries = outbox.list(actor.get(), status);
    OutboxStatus shown = OutboxAdmin.status(status);
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("entries", entries);
    params.put("status", shown == null ? "" : shown.name());
    params.put("statuses", OutboxStatus.values());
    return pages.ok("admin-outbox.jte", params);
  }

  @POST
  @Path("{id}/retry")
  public Response retry(@PathParam("id") long id) {
    outbox.retry(caller.require(), id);
    return Response.seeOther(URI.create("/admin/outbox?status=PENDING")).build();
  }
}
