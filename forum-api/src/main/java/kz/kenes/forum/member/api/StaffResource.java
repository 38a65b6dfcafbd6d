package kz.kenes.forum.member.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import kz.kenes.forum.member.StaffService;
import kz.kenes.forum.platform.CurrentActor;

/** Admins manage which bodies officials and moderators serve. */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {
  @Inject CurrentActor caller;
  @Inject StaffService staff;

  /** The assignment's changeable part. */
  public record StaffRequest(String position) {}

  @GET
  @Path("staff")
  public List<StaffView> list(@QueryParam("body") String body) {
    return staff.list(caller.require(), Optional.ofNullable(body)).stream()
        .map(StaffView::of)
        .toList();
  }

  @PUT
  @Path("bodies/{slug}/staff/{role}/{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response assign(
      @PathParam("slug") String slug,
      @PathParam("role") String role,
      @PathParam("username") String username,
      StaffRequest request) {
    String position = request == null ? null : request.position();
    boolean created = staff.assign(caller.require(), slug, username, role, position);
    return Response.status(created ? Response.Status.CREATED : Response.Status.OK).build();
  }

  @DELETE
  @Path("bodies/{slug}/staff/{role}/{username}")
  public Response unassign(
      @PathParam("slug") String slug,
      @PathParam("role") String role,
      @PathParam("username") String username) {
    staff.unassign(caller.require(), slug, username, role);
    return Response.noContent().build();
  }
}
