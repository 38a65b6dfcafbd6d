package kz.kenes.forum.body.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kz.kenes.forum.body.BodyService;

/** Bodies with a community page. Public. */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class BodyResource {
  @Inject BodyService bodies;
  @Inject kz.kenes.forum.member.StaffService staff;

  @GET
  @Path("bodies")
  public List<BodyView> list() {
    return bodies.hierarchy().stream().map(BodyView::of).toList();
  }

  @GET
  @Path("bodies/{slug}")
  public BodyDetailsView get(@PathParam("slug") String slug) {
    return BodyDetailsView.of(staff.profile(slug));
  }
}
