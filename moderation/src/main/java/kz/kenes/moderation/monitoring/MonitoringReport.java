package kz.kenes.moderation.monitoring;

import java.util.List;

/**
 * A body's monitoring for one ISO week (Kazakhstan time): its own figures and those of the bodies
 * beneath it. {@code executors} is filled only for the staff of the body (and bodies above it) and
 * admins; the public sees counts and rates, nothing about a person.
 */
public record MonitoringReport(
    String week,
    String body,
    Integer population,
    List<Row> rows,
    Totals totals,
    Totals previous,
    SatisfactionFigures satisfaction,
    Community community,
    long awaitingResponsePastDue,
    List<TrendPoint> trend,
    List<BodyFigures> bodies,
    List<HistoryRow> history,
    List<ExecutorFigures> executors) {

  /** One body × category × channel with anything this week. */
  public record Row(
      String body,
      String category,
      String channel,
      long registered,
      long answered,
      long answeredOnTime,
      long overdue,
      long redirected,
      Double medianDaysToAnswer) {}

  /** Sums over the rows; per 1,000 residents when the body's population is known. */
  public record Totals(
      long registered,
      long answered,
      long answeredOnTime,
      long overdue,
      long redirected,
      Double medianDaysToAnswer,
      Double perThousand) {}

  /** The applicants asked (answered this week) and their answers given this week. */
  public record SatisfactionFigures(long asked, long satisfied, long partly, long notSatisfied) {}

  /** The community of the body and the bodies beneath it this week. */
  public record Community(
      long followers, long threads, long posts, long officialAnswers, long views, long reach) {}

  /** One week of the 12-week trend. */
  public record TrendPoint(String week, long registered, long answered, long overdue) {}

  /** One body of the comparison (the body itself first, then those beneath it). */
  public record BodyFigures(
      String body,
      Integer population,
      long registered,
      long answered,
      long answeredOnTime,
      long overdue,
      Double perThousand) {}

  /**
   * Historical statistics entered by admins: a year ({@code 2020}) or quarter ({@code 2021-Q1}).
   */
  public record HistoryRow(String period, long registered, long satisfied) {}

  /** Answers per executor this week (staff only). */
  public record ExecutorFigures(String executor, long answered, long answeredOnTime) {}
}
