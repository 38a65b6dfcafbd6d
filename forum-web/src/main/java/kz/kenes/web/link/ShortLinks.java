package kz.kenes.web.link;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Short routes for texts with little room (an SMS): {@code /a/{id}} answers 303 to the appeal's
 * page, which checks who may read it; the redirect itself reveals nothing (every id answers alike).
 */
@Path("a")
public class ShortLinks {

  @GET
  @Path("{id: [0-9]{1,18}}")
  public Response appeal(@PathParam("id") long id) {
    return Response.seeOther(URI.create(PagePaths.appeal(id))).build();
  }
}
