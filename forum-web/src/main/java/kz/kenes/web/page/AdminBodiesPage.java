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
import kz.kenes.forum.body.BodyKind;
import kz.kenes.forum.body.BodyLevel;
import kz.kenes.forum.body.BodyService;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.platform.LocalizedText;
import kz.kenes.forum.platform.Role;

/** Admins see every body and create new ones (the page beside {@code POST /api/v1/bodies}). */
@Path("admin/bodies")
@Produces("text/html")
public class AdminBodiesPage {
  @Inject Pages pages;
  @Inject BodyService bodies;
  @Inject CurrentActor caller;

  @GET
  public Response show() {
    var actor = caller.get();
    if (actor.isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    actor.get().require(Role.ADMIN);
    return page(Response.Status.OK, List.of(), Map.of());
  }

  @POST
  public Response create(
      @FormParam("slug") String slug,
      @FormParam("nameKk") String nameKk,
      @FormParam("nameRu") String nameRu,
      @FormParam("nameEn") String nameEn,
      @FormParam("kind") String kind,
      @FormParam("level") String level,
      @FormParam("parent") String parent) {
    var actor = caller.require();
    LocalizedText name =
        new LocalizedText(
            nameKk == null ? "" : nameKk,
            nameRu == null ? "" : nameRu,
            nameEn == null ? "" : nameEn);
    try {
      var created = bodies.create(actor, slug, name, kind, level, parent);
      return Response.seeOther(URI.create("/bodies/" + created.slug())).build();
    } catch (DomainException.InvalidInput invalid) {
      Map<String, String> input = new HashMap<>();
      input.put("slug", slug == null ? "" : slug);
      input.put("nameKk", name.kk());
      input.put("nameRu", name.ru());
      input.put("nameEn", name.en());
      input.put("kind", kind == null ? "" : kind);
      input.put("level", level == null ? "" : level);
      input.put("parent", parent == null ? "" : parent);
      return page(Response.Status.BAD_REQUEST, invalid.errors(), input);
    }
  }

  private Response page(
      Response.Status status, List<FieldError> errors, Map<String, String> input) {
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("bodies", bodies.hierarchy());
    params.put("kinds", BodyKind.values());
    params.put("levels", BodyLevel.values());
    params.put("errors", Pages.byField(errors));
    params.put("input", input);
    return pages.page(status, "admin-bodies.jte", params);
  }
}
