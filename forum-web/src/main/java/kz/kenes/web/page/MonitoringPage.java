package kz.kenes.web.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.ReadCache;
import kz.kenes.forum.thread.Category;
import kz.kenes.moderation.appeal.AppealChannel;
import kz.kenes.moderation.monitoring.MonitoringReport;
import kz.kenes.moderation.monitoring.MonitoringService;
import kz.kenes.web.chart.SvgCharts;

/**
 * A body's weekly monitoring page (kk/ru/en, no JavaScript, phone width): totals against the week
 * before, three SVG charts each with the same figures in a table beside it (appeals by category
 * stacked per body, the 12-week trend, the bodies per 1,000 residents), the rows by body, category
 * and channel, satisfaction, the community, history, and per-executor figures for the staff.
 */
@Path("bodies/{slug}/monitoring")
@Produces("text/html")
public class MonitoringPage {
  @Inject Pages pages;
  @Inject CurrentActor caller;
  @Inject MonitoringService monitoring;
  @Inject BodyRepository bodies;
  @Inject ReadCache cache;

  @GET
  public Response show(@PathParam("slug") String slug, @QueryParam("week") String week) {
    if (pages.sameForEveryVisitor(List.of("week"))) {
      // the week as asked (blank: this week), checked first: a wrong one is a 400, never kept
      String asked = monitoring.week(week).toString();
      return pages.forVisitors(
          "monitoring:" + slug + ":" + asked + ":" + (week == null ? "" : week),
          MonitoringService.MAX_AGE,
          () -> page(slug, asked));
    }
    return pages.respond(Response.Status.OK, page(slug, week));
  }

  /**
   * The page around the report. The public report (everyone who is not staff of the body sees the
   * same figures) is rendered once per body, week and language and kept like the report itself, so
   * a signed-in resident's page costs the layout, not 400 rows and three charts; the staff's, with
   * per-executor figures, is rendered each time.
   */
  private byte[] page(String slug, String week) {
    PageContext ctx = pages.context();
    // the week first, as the API: a wrong week is a 400 even for a body that does not exist
    var asked = monitoring.week(week);
    Body body = bodies.requireBySlug(slug);
    MonitoringReport report = monitoring.report(caller.get(), body, asked);
    byte[] html =
        report.executors() != null
            ? pages.render("monitoring-report.jte", params(ctx, body, report))
            : cache.remember(
                "monitoring-html:" + slug + ":" + report.week() + ":" + ctx.language(),
                MonitoringService.MAX_AGE,
                () -> pages.render("monitoring-report.jte", params(ctx, body, report)));
    gg.jte.Content reportHtml = output -> output.writeBinaryContent(html);
    return pages.render(
        "monitoring.jte", Map.of("ctx", ctx, "body", body, "reportHtml", reportHtml));
  }

  private Map<String, Object> params(PageContext ctx, Body body, MonitoringReport report) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Body b : monitoring.subtree(body)) {
      names.put(b.slug(), ctx.text(b.name()));
    }
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", ctx);
    params.put("body", body);
    params.put("report", report);
    params.put("names", names);
    params.put("categories", List.of(Category.values()));
    params.put("channels", List.of(AppealChannel.values()));
    params.put("byCategory", byCategory(report, names));
    params.put("rowsByBody", rowsByBody(report));
    params.put("categoryChart", categoryChart(ctx, report, names));
    params.put("trendChart", trendChart(ctx, report));
    params.put("comparisonChart", comparisonChart(ctx, report, names));
    return params;
  }

  /**
   * The report's rows by body, then by category, in the report's order: the table shows each body
   * and each category once (a group heading, a cell spanning its channels), which also keeps the
   * page of a district with hundreds of rows small.
   */
  static Map<String, Map<String, List<MonitoringReport.Row>>> rowsByBody(MonitoringReport report) {
    Map<String, Map<String, List<MonitoringReport.Row>>> grouped = new LinkedHashMap<>();
    for (MonitoringReport.Row r : report.rows()) {
      grouped
          .computeIfAbsent(r.body(), b -> new LinkedHashMap<>())
          .computeIfAbsent(r.category(), c -> new ArrayList<>())
          .add(r);
    }
    return grouped;
  }

  /** Registered appeals per body (rows) and category (columns). */
  static long[][] byCategory(MonitoringReport report, Map<String, String> names) {
    List<String> slugs = new ArrayList<>(names.keySet());
    long[][] values = new long[slugs.size()][Category.values().length];
    for (MonitoringReport.Row r : report.rows()) {
      int b = slugs.indexOf(r.body());
      if (b >= 0) {
        values[b][Category.valueOf(r.category()).ordinal()] += r.registered();
      }
    }
    return values;
  }

  private static String categoryChart(
      PageContext ctx, MonitoringReport report, Map<String, String> names) {
    List<String> series = new ArrayList<>();
    for (Category c : Category.values()) {
      series.add(ctx.label(c));
    }
    return SvgCharts.stackedBars(
        "chart-categories",
        ctx.t("monitoring.chart.categories", report.week()),
        new ArrayList<>(names.values()),
        series,
        byCategory(report, names));
  }

  private static String trendChart(PageContext ctx, MonitoringReport report) {
    List<String> weeks = new ArrayList<>();
    long[][] values = new long[3][report.trend().size()];
    for (int i = 0; i < report.trend().size(); i++) {
      var p = report.trend().get(i);
      weeks.add(p.week().substring(5));
      values[0][i] = p.registered();
      values[1][i] = p.answered();
      values[2][i] = p.overdue();
    }
    return SvgCharts.lines(
        "chart-trend",
        ctx.t("monitoring.chart.trend"),
        weeks,
        List.of(
            ctx.t("monitoring.registered"),
            ctx.t("monitoring.answered"),
            ctx.t("monitoring.overdue")),
        values);
  }

  private static String comparisonChart(
      PageContext ctx, MonitoringReport report, Map<String, String> names) {
    List<String> labels = new ArrayList<>();
    double[] values = new double[report.bodies().size()];
    boolean perThousand = report.bodies().stream().anyMatch(b -> b.perThousand() != null);
    for (int i = 0; i < report.bodies().size(); i++) {
      var b = report.bodies().get(i);
      labels.add(names.getOrDefault(b.body(), b.body()));
      values[i] =
          perThousand ? (b.perThousand() == null ? 0 : b.perThousand()) : (double) b.registered();
    }
    return SvgCharts.bars(
        "chart-comparison",
        ctx.t(
            perThousand ? "monitoring.chart.per-thousand" : "monitoring.chart.registered",
            report.week()),
        labels,
        values);
  }
}
