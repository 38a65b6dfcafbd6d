package kz.kenes.forum.outbox.api;

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
import kz.kenes.forum.outbox.OutboxAdmin;
import kz.kenes.forum.outbox.OutboxEntry;
import kz.kenes.forum.platform.CurrentActor;

/**
 * The outbox for admins: the newest messages by status, recipients masked, no text of sign-in
 * codes; a FAILED message sent again.
 */
@Path("api/v1/admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {
  @Inject CurrentActor caller;
  @Inject OutboxAdmin outbox;

  @GET
  public List<OutboxEntry> list(@QueryParam("status") String status) {
    return outbox.list(caller.require(), status);
  }

  @POST
  @Path("{id}/retry")
  public Response retry(@PathParam("id") long id) {
    outbox.retry(caller.require(), id);
    return Response.noContent().build();
  }
}
