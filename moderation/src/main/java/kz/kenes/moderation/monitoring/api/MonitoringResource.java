package kz.kenes.moderation.monitoring.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.moderation.monitoring.MonitoringAdmin;
import kz.kenes.moderation.monitoring.MonitoringExport;
import kz.kenes.moderation.monitoring.MonitoringReport;
import kz.kenes.moderation.monitoring.MonitoringService;

/**
 * A body's weekly monitoring (open data, like the transparency report; per-executor figures for its
 * staff only), its CSV and XLSX exports, and the admins' population, history and rebuild.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject CurrentActor caller;
  @Inject MonitoringService monitoring;
  @Inject MonitoringAdmin admin;

  /** A body's population. */
  public record PopulationRequest(Integer population) {}

  /** Historical statistics as CSV text (MonitoringAdmin#history). */
  public record HistoryRequest(String csv) {}

  /** How many lines or rows were written. */
  public record CountView(int count) {}

  @GET
  @Path("bodies/{slug}/monitoring")
  public MonitoringReport report(@PathParam("slug") String slug, @QueryParam("week") String week) {
    return monitoring.report(caller.get(), slug, week);
  }

  @GET
  @Path("bodies/{slug}/monitoring.csv")
  @Produces({"text/csv", MediaType.WILDCARD}) // a file download: whatever the client accepts
  public Response csv(@PathParam("slug") String slug, @QueryParam("week") String week) {
    MonitoringReport report = monitoring.report(caller.get(), slug, week);
    return Response.ok(MonitoringExport.csv(report), "text/csv; charset=UTF-8")
        .header("Content-Disposition", disposition(report, "csv"))
        .build();
  }

  @GET
  @Path("bodies/{slug}/monitoring.xlsx")
  @Produces({XLSX, MediaType.WILDCARD})
  public Response xlsx(@PathParam("slug") String slug, @QueryParam("week") String week) {
    MonitoringReport report = monitoring.report(caller.get(), slug, week);
    return Response.ok(MonitoringExport.xlsx(report), XLSX)
        .header("Content-Disposition", disposition(report, "xlsx"))
        .build();
  }

  @PUT
  @Path("bodies/{slug}/population")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response population(@PathParam("slug") String slug, PopulationRequest request) {
    var actor = caller.require();
    admin.population(actor, slug, request == null ? null : request.population());
    return Response.noContent().build();
  }

  @PUT
  @Path("bodies/{slug}/monitoring/history")
  @Consumes(MediaType.APPLICATION_JSON)
  public CountView history(@PathParam("slug") String slug, HistoryRequest request) {
    var actor = caller.require();
    return new CountView(admin.history(actor, slug, request == null ? null : request.csv()));
  }

  @POST
  @Path("admin/monitoring/rebuild")
  public CountView rebuild() {
    return new CountView(admin.rebuild(caller.require()));
  }

  private static String disposition(MonitoringReport report, String extension) {
    return "attachment; filename=\"monitoring-"
        + report.body()
        + "-"
        + report.week()
        + "."
        + extension
        + "\"";
  }
}
