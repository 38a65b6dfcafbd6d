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
  @Inject kz.kenes.forum.platform.CurrentActor caller;
  @Inject BodyService bodies;
  @Inject kz.kenes.forum.member.StaffService staff;

  @GET
  @Path("bodies")
  public List<BodyView> list() {
    return bodies.hierarchy().stream().map(BodyView::of).toList();
  }

  /** What an admin sets on a body; a description needs all three languages, or is null. */
  public record BodySettings(
      kz.kenes.forum.platform.LocalizedText description,
      Integer supportThreshold,
      Integer responseDays) {}

  @jakarta.ws.rs.PUT
  @Path("bodies/{slug}")
  @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
  public BodyDetailsView configure(@PathParam("slug") String slug, BodySettings settings) {
    var actor = caller.require();
    BodySettings given = settings == null ? new BodySettings(null, null, null) : settings;
    bodies.configure(
        actor, slug, given.description(), given.supportThreshold(), given.responseDays());
    return BodyDetailsView.of(staff.profile(slug));
  }

  @GET
  @Path("bodies/{slug}")
  public BodyDetailsView get(@PathParam("slug") String slug) {
    return BodyDetailsView.of(staff.profile(slug));
  }
}
