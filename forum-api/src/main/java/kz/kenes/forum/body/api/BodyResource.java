package kz.kenes.forum.body.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kz.kenes.forum.body.Body;
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

  /** A new body. */
  public record NewBody(
      String slug,
      kz.kenes.forum.platform.LocalizedText name,
      String kind,
      String level,
      String parent) {}

  @jakarta.ws.rs.POST
  @Path("bodies")
  @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
  public jakarta.ws.rs.core.Response create(
      NewBody request, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
    var actor = caller.require();
    NewBody given = request == null ? new NewBody(null, null, null, null, null) : request;
    Body created =
        bodies.create(
            actor, given.slug(), given.name(), given.kind(), given.level(), given.parent());
    return jakarta.ws.rs.core.Response.created(
            uri.getBaseUriBuilder().path("api/v1/bodies/{slug}").build(created.slug()))
        .entity(BodyDetailsView.of(staff.profile(created.slug())))
        .build();
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
