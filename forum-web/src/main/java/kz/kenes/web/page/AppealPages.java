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
import java.util.List;
import java.util.Map;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.moderation.appeal.AppealAccess;
import kz.kenes.moderation.appeal.AppealCommands;
import kz.kenes.moderation.appeal.AppealQueries;
import kz.kenes.moderation.appeal.AppealRegistration;
import kz.kenes.moderation.appeal.AppealResult;

/**
 * Formal appeals on the site: the appeal page (every step; the applicant's form while it is a
 * draft; the officials' actions), the applicant's cabinet and the officials' work list. The
 * applicant's personal data is shown to officials only on their request, and that read is audited;
 * it never appears in a URL.
 */
@Path("")
@Produces("text/html")
public class AppealPages {
  @Inject kz.kenes.moderation.appeal.AppealSatisfactions satisfactions;
  @Inject Pages pages;
  @Inject CurrentActor caller;
  @Inject AppealRegistration registration;
  @Inject AppealQueries queries;
  @Inject AppealCommands commands;
  @Inject AppealAccess access;
  @Inject BodyRepository bodies;

  @GET
  @Path("appeals/{id}")
  public Response show(@PathParam("id") long id) {
    if (caller.get().isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    return page(Response.Status.OK, id, Map.of(), List.of(), false);
  }

  @POST
  @Path("appeals/{id}/submit")
  public Response submit(
      @PathParam("id") long id,
      @FormParam("fullName") String fullName,
      @FormParam("iin") String iin,
      @FormParam("address") String address,
      @FormParam("publishAnswer") String publishAnswer) {
    var actor = caller.require();
    try {
      registration.submit(actor, id, fullName, iin, address, "true".equals(publishAnswer));
      return Response.seeOther(URI.create("/appeals/" + id)).build();
    } catch (DomainException.InvalidInput invalid) {
      Map<String, String> form = new HashMap<>();
      form.put("fullName", fullName == null ? "" : fullName);
      form.put("address", address == null ? "" : address);
      // the IIN is not echoed back: it is typed again
      return page(Response.Status.BAD_REQUEST, id, form, invalid.errors(), false);
    }
  }

  @POST
  @Path("appeals/{id}/applicant")
  public Response applicant(@PathParam("id") long id) {
    caller.require();
    return page(Response.Status.OK, id, Map.of(), List.of(), true);
  }

  @POST
  @Path("appeals/{id}/complaint")
  public Response complain(@PathParam("id") long id, @FormParam("reason") String reason) {
    var actor = caller.require();
    try {
      var complaint = registration.complain(actor, id, reason);
      return Response.seeOther(URI.create("/appeals/" + complaint.appeal().id())).build();
    } catch (DomainException.InvalidInput invalid) {
      Map<String, String> form = new HashMap<>();
      form.put("reason", reason == null ? "" : reason);
      return page(Response.Status.BAD_REQUEST, id, form, invalid.errors(), false);
    }
  }

  /** The applicant's "Was your problem solved?" from the appeal page (no JavaScript). */
  @POST
  @Path("appeals/{id}/satisfaction")
  public Response satisfaction(
      @PathParam("id") long id,
      @FormParam("answer") String answer,
      @FormParam("comment") String comment) {
    var actor = caller.require();
    try {
      satisfactions.answer(actor, id, answer, comment);
      return Response.seeOther(URI.create("/appeals/" + id)).build();
    } catch (DomainException.InvalidInput invalid) {
      Map<String, String> form = new HashMap<>();
      form.put("comment", comment == null ? "" : comment);
      return page(Response.Status.BAD_REQUEST, id, form, invalid.errors(), false);
    }
  }

  @POST
  @Path("appeals/{id}/{action: assign|start|redirect|extend|answer|close}")
  public Response act(
      @PathParam("id") long id,
      @PathParam("action") String action,
      @FormParam("executor") String executor,
      @FormParam("body") String body,
      @FormParam("reason") String reason,
      @FormParam("until") String until,
      @FormParam("result") String result,
      @FormParam("text") String text) {
    var actor = caller.require();
    try {
      switch (action) {
        case "assign" -> commands.assign(actor, id, executor);
        case "start" -> commands.start(actor, id);
        case "redirect" -> commands.redirect(actor, id, body, reason);
        case "extend" -> commands.extend(actor, id, until, reason);
        case "answer" -> commands.answer(actor, id, result, text);
        default -> commands.close(actor, id);
      }
      return Response.seeOther(URI.create("/appeals/" + id)).build();
    } catch (DomainException.InvalidInput invalid) {
      Map<String, String> form = new HashMap<>();
      form.put("text", text == null ? "" : text);
      form.put("reason", reason == null ? "" : reason);
      return page(Response.Status.BAD_REQUEST, id, form, invalid.errors(), false);
    }
  }

  @GET
  @Path("me/appeals")
  public Response mine() {
    var actor = caller.get();
    if (actor.isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("appeals", queries.mine(actor.get()));
    params.put("work", false);
    return pages.ok("appeals.jte", params);
  }

  @GET
  @Path("appeals/work")
  public Response work() {
    var actor = caller.get();
    if (actor.isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("appeals", queries.workList(actor.get()));
    params.put("work", true);
    return pages.ok("appeals.jte", params);
  }

  private Response page(
      Response.Status status,
      long id,
      Map<String, String> form,
      List<FieldError> errors,
      boolean showApplicant) {
    var actor = caller.require();
    var details = queries.get(actor, id);
    var appeal = details.appeal();
    boolean applicant = access.applicant(actor, appeal);
    boolean official = access.official(actor, appeal);
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("details", details);
    params.put("satisfaction", applicant ? satisfactions.of(appeal.id()).orElse(null) : null);
    params.put("askSatisfaction", applicant && satisfactions.askable(appeal));
    params.put("applicant", applicant);
    params.put("official", official);
    params.put("head", access.head(actor, appeal));
    params.put("personalData", showApplicant ? queries.personalData(actor, id).orElse(null) : null);
    params.put("form", form);
    params.put("errors", Pages.byField(errors));
    params.put("results", AppealResult.values());
    params.put("bodies", official ? bodies.all() : List.of());
    return pages.page(status, "appeal.jte", params);
  }
}
