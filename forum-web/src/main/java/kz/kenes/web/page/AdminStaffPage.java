package kz.kenes.web.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.forum.body.BodyService;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffService;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;

/** Admins assign officials and moderators to bodies (the page beside the staff API). */
@Path("admin/staff")
@Produces("text/html")
public class AdminStaffPage {
  @Inject Pages pages;
  @Inject BodyService bodies;
  @Inject StaffService staff;
  @Inject CurrentActor caller;

  @GET
  public Response show() {
    if (caller.get().isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    return page(Response.Status.OK, List.of(), Map.of());
  }

  @POST
  public Response assign(
      @FormParam("body") String body,
      @FormParam("username") String username,
      @FormParam("role") String role,
      @FormParam("position") String position) {
    var actor = caller.require();
    try {
      staff.assign(actor, body, username, role, position);
    } catch (DomainException.InvalidInput invalid) {
      Map<String, String> input = new HashMap<>();
      input.put("body", body == null ? "" : body);
      input.put("username", username == null ? "" : username);
      input.put("role", role == null ? "" : role);
      input.put("position", position == null ? "" : position);
      return page(Response.Status.BAD_REQUEST, invalid.errors(), input);
    }
    return Response.seeOther(URI.create("/admin/staff")).build();
  }

  @POST
  @Path("remove")
  public Response remove(
      @FormParam("body") String body,
      @FormParam("username") String username,
      @FormParam("role") String role) {
    var actor = caller.require();
    staff.unassign(actor, body, username, role);
    return Response.seeOther(URI.create("/admin/staff")).build();
  }

  private Response page(
      Response.Status status, List<FieldError> errors, Map<String, String> input) {
    var actor = caller.require();
    return pages.page(
        status,
        "admin-staff.jte",
        Map.of(
            "ctx", pages.context(),
            "assignments", staff.list(actor, Optional.empty()),
            "bodies", bodies.hierarchy(),
            "roles", List.of(StaffRole.values()),
            "errors", Pages.byField(errors),
            "input", input));
  }
}
