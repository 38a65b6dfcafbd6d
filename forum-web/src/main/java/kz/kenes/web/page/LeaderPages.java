package kz.kenes.web.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import kz.kenes.forum.member.StaffService;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.survey.Leader;
import kz.kenes.forum.survey.LeaderService;
import kz.kenes.forum.survey.TextInput;

/**
 * A body's leaders, the people its annual rating rates (akim, deputies): public, with their ratings
 * across the years; officials, heads and admins add a leader and change one (name, position in
 * kk/ru/en, still rated or not) with forms beside the list. Without JavaScript; every form posts to
 * a use case of {@link LeaderService}, and field errors come back beside the fields.
 */
@Path("bodies/{slug}/leaders")
@Produces("text/html")
public class LeaderPages {
  @Inject Pages pages;
  @Inject CurrentActor caller;
  @Inject LeaderService leaders;
  @Inject StaffService staff;

  /** Which form failed (a leader's id, or "new"), what it had typed and its errors. */
  record Form(String name, Map<String, String> input, Map<String, String> errors) {
    static final Form NONE = new Form("", Map.of(), Map.of());
  }

  @GET
  public Response list(@PathParam("slug") String slug) {
    return page(Response.Status.OK, slug, Form.NONE);
  }

  @POST
  public Response add(
      @PathParam("slug") String slug,
      @FormParam("name") String name,
      @FormParam("position.kk") String kk,
      @FormParam("position.ru") String ru,
      @FormParam("position.en") String en) {
    var actor = caller.require();
    try {
      Leader leader = leaders.add(actor, slug, name, position(kk, ru, en));
      return Response.seeOther(URI.create(path(slug) + "#leader-" + leader.id())).build();
    } catch (DomainException.InvalidInput invalid) {
      return page(
          Response.Status.BAD_REQUEST,
          slug,
          new Form("new", input(name, kk, ru, en, null), Pages.byField(invalid.errors())));
    }
  }

  @POST
  @Path("{id}")
  public Response change(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @FormParam("name") String name,
      @FormParam("position.kk") String kk,
      @FormParam("position.ru") String ru,
      @FormParam("position.en") String en,
      @FormParam("active") String active) {
    var actor = caller.require();
    if (leaders.ratedLeaders(slug).stream().noneMatch(l -> l.leader().id() == id)) {
      throw new DomainException.NotFound("error.leader.not-found");
    }
    try {
      leaders.change(actor, id, name, position(kk, ru, en), active != null);
      return Response.seeOther(URI.create(path(slug) + "#leader-" + id)).build();
    } catch (DomainException.InvalidInput invalid) {
      return page(
          Response.Status.BAD_REQUEST,
          slug,
          new Form(
              String.valueOf(id),
              input(name, kk, ru, en, active == null ? "" : "on"),
              Pages.byField(invalid.errors())));
    }
  }

  /** A position in Kazakh, and in Russian and English where it differs (empty: the Kazakh one). */
  static TextInput position(String kk, String ru, String en) {
    return TextInput.of(kk, blank(ru) ? kk : ru, blank(en) ? kk : en);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static Map<String, String> input(
      String name, String kk, String ru, String en, String active) {
    Map<String, String> input = new HashMap<>();
    input.put("name", name == null ? "" : name);
    input.put("position.kk", kk == null ? "" : kk);
    input.put("position.ru", ru == null ? "" : ru);
    input.put("position.en", en == null ? "" : en);
    if (active != null) {
      input.put("active", active);
    }
    return input;
  }

  private static String path(String slug) {
    return "/bodies/"
        + java.net.URLEncoder.encode(slug, java.nio.charset.StandardCharsets.UTF_8)
        + "/leaders";
  }

  private Response page(Response.Status status, String slug, Form form) {
    var profile = staff.profile(slug);
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("body", profile.body());
    params.put("leaders", leaders.ratedLeaders(profile.body()));
    params.put("editor", caller.get().map(a -> leaders.mayEdit(a, profile.body())).orElse(false));
    params.put("form", form.name());
    params.put("input", form.input());
    params.put("errors", form.errors());
    params.put("languages", SurveyListPages.LANGUAGES);
    return pages.page(status, "leaders.jte", params);
  }
}
