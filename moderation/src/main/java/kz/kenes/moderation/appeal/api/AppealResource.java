package kz.kenes.moderation.appeal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.moderation.appeal.Appeal;
import kz.kenes.moderation.appeal.AppealCommands;
import kz.kenes.moderation.appeal.AppealQueries;
import kz.kenes.moderation.appeal.AppealRegistration;
import kz.kenes.moderation.appeal.AppealSatisfactions;
import kz.kenes.moderation.appeal.IntakeRequest;
import kz.kenes.moderation.appeal.IntakeService;

/**
 * Formal appeals: escalation of a post, an operator's intake for a resident, the applicant's
 * submission, reading (applicant, the body's officials, admins) and the officials' actions.
 * Personal data never travels in a URL.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppealResource {
  @Inject CurrentActor caller;
  @Inject AppealRegistration registration;
  @Inject AppealQueries queries;
  @Inject AppealCommands commands;
  @Inject IntakeService intake;
  @Inject AppealSatisfactions satisfactions;

  /** What the applicant completes. */
  public record SubmitRequest(String fullName, String iin, String address, Boolean publishAnswer) {}

  /**
   * An official's action: the fields each needs (executor; body and reason; until and reason;
   * result and text).
   */
  public record ActionRequest(
      String executor, String body, String reason, String until, String result, String text) {}

  /** The applicant's answer to "Was your problem solved?". */
  public record SatisfactionRequest(String answer, String comment) {}

  /** The answer as kept. */
  public record SatisfactionView(long appealId, String answer) {}

  /** The escalation's answer: the appeal's id and status. */
  public record EscalationView(long id, String status, long postId) {}

  /** An appeal in a list. */
  public record AppealSummary(
      long id,
      String number,
      String status,
      String body,
      String subject,
      OffsetDateTime registeredAt,
      LocalDate deadline,
      String executor,
      Long threadId,
      String channel) {
    static AppealSummary of(Appeal a) {
      return new AppealSummary(
          a.id(),
          a.number().orElse(null),
          a.status().name(),
          a.body().slug(),
          a.subject(),
          a.registeredAt().map(t -> t.atOffset(AppealView.KAZAKHSTAN)).orElse(null),
          a.deadline().orElse(null),
          a.executor().map(m -> m.displayName()).orElse(null),
          a.thread() == null ? null : a.thread().id(),
          a.channel().name());
    }
  }

  /** What the public sees of an appeal on its thread. */
  public record PublicAppealView(
      String number, String status, String body, String result, String answer) {
    static PublicAppealView of(Appeal a) {
      boolean shown = a.publishAnswer() && a.answerText().isPresent();
      return new PublicAppealView(
          a.number().orElse(null),
          a.status().name(),
          a.body().slug(),
          shown ? a.result().map(Enum::name).orElse(null) : null,
          shown ? a.answerText().orElse(null) : null);
    }
  }

  /** The applicant's data, for the applicant and the officials who answer (audited). */
  public record ApplicantView(String fullName, String iin, String address) {}

  @POST
  @Path("posts/{id}/escalation")
  public Response escalate(@PathParam("id") long postId, @Context UriInfo uri) {
    AppealRegistration.Escalation escalation = registration.escalate(caller.require(), postId);
    Appeal appeal = escalation.appeal();
    EscalationView view = new EscalationView(appeal.id(), appeal.status().name(), postId);
    if (!escalation.created()) {
      return Response.ok(view).build();
    }
    return created(uri, appeal.id(), view);
  }

  @POST
  @Path("appeals/intake")
  public Response intake(IntakeRequest request, @Context UriInfo uri) {
    Appeal appeal = intake.register(caller.require(), request);
    return created(uri, appeal.id(), AppealSummary.of(appeal));
  }

  @POST
  @Path("appeals/{id}/submit")
  public AppealView submit(@PathParam("id") long id, SubmitRequest request) {
    var actor = caller.require();
    SubmitRequest body = request == null ? new SubmitRequest(null, null, null, null) : request;
    return AppealView.of(
        registration.submit(
            actor, id, body.fullName(), body.iin(), body.address(), body.publishAnswer()));
  }

  @GET
  @Path("appeals/{id}")
  public AppealView get(@PathParam("id") long id) {
    return AppealView.of(queries.get(caller.require(), id));
  }

  @GET
  @Path("appeals/{id}/applicant")
  public Response applicant(@PathParam("id") long id) {
    return queries
        .personalData(caller.require(), id)
        .map(
            d ->
                Response.ok(new ApplicantView(d.fullName(), d.iin().value(), d.address()))
                    .header("Cache-Control", "no-store")
                    .build())
        .orElseGet(() -> Response.noContent().build());
  }

  @GET
  @Path("me/appeals")
  public List<AppealSummary> mine() {
    return queries.mine(caller.require()).stream().map(AppealSummary::of).toList();
  }

  @GET
  @Path("appeals/work")
  public List<AppealSummary> work() {
    return queries.workList(caller.require()).stream().map(AppealSummary::of).toList();
  }

  @GET
  @Path("threads/{id}/appeals")
  public List<PublicAppealView> ofThread(@PathParam("id") long threadId) {
    return queries.ofThread(threadId, caller.get()).stream().map(PublicAppealView::of).toList();
  }

  @POST
  @Path("appeals/{id}/assign")
  public AppealView assign(@PathParam("id") long id, ActionRequest request) {
    return AppealView.of(commands.assign(caller.require(), id, body(request).executor()));
  }

  @POST
  @Path("appeals/{id}/start")
  public AppealView start(@PathParam("id") long id) {
    return AppealView.of(commands.start(caller.require(), id));
  }

  @POST
  @Path("appeals/{id}/redirect")
  public AppealView redirect(@PathParam("id") long id, ActionRequest request) {
    ActionRequest body = body(request);
    return AppealView.of(commands.redirect(caller.require(), id, body.body(), body.reason()));
  }

  @POST
  @Path("appeals/{id}/extend")
  public AppealView extend(@PathParam("id") long id, ActionRequest request) {
    ActionRequest body = body(request);
    return AppealView.of(commands.extend(caller.require(), id, body.until(), body.reason()));
  }

  @POST
  @Path("appeals/{id}/answer")
  public AppealView answer(@PathParam("id") long id, ActionRequest request) {
    ActionRequest body = body(request);
    return AppealView.of(commands.answer(caller.require(), id, body.result(), body.text()));
  }

  @POST
  @Path("appeals/{id}/complaint")
  public Response complain(@PathParam("id") long id, ActionRequest request, @Context UriInfo uri) {
    AppealView complaint =
        AppealView.of(registration.complain(caller.require(), id, body(request).reason()));
    return created(uri, complaint.id(), complaint);
  }

  /** The applicant says whether the answer solved the problem: once, after the answer. */
  @POST
  @Path("appeals/{id}/satisfaction")
  public Response satisfaction(@PathParam("id") long id, SatisfactionRequest request) {
    var actor = caller.require();
    SatisfactionRequest body = request == null ? new SatisfactionRequest(null, null) : request;
    var answer = satisfactions.answer(actor, id, body.answer(), body.comment());
    return Response.status(Response.Status.CREATED)
        .entity(new SatisfactionView(id, answer.name()))
        .build();
  }

  @POST
  @Path("appeals/{id}/close")
  public AppealView close(@PathParam("id") long id) {
    return AppealView.of(commands.close(caller.require(), id));
  }

  /** 201 with the appeal's address and {@code view}. */
  private static Response created(UriInfo uri, long appealId, Object view) {
    return Response.created(uri.getBaseUriBuilder().path("api/v1/appeals/{id}").build(appealId))
        .entity(view)
        .build();
  }

  private static ActionRequest body(ActionRequest request) {
    return request == null ? new ActionRequest(null, null, null, null, null, null) : request;
  }
}
