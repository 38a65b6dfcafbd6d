package kz.kenes.forum.survey.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.platform.LocalizedText;
import kz.kenes.forum.survey.LeaderService;
import kz.kenes.forum.survey.Survey;
import kz.kenes.forum.survey.SurveyAnswer;
import kz.kenes.forum.survey.SurveyQuestion;
import kz.kenes.forum.survey.SurveyResults;

/** What the survey API answers: views made from the use cases' results, never entities. */
public final class SurveyViews {
  private SurveyViews() {}

  public record OptionView(String key, LocalizedText label) {}

  public record QuestionView(
      String key, String type, LocalizedText text, boolean optional, List<OptionView> options) {
    static QuestionView of(SurveyQuestion q) {
      return new QuestionView(
          q.key(),
          q.type().name(),
          q.text(),
          q.optional(),
          q.options().stream().map(o -> new OptionView(o.key(), o.label())).toList());
    }
  }

  public record StepView(String from, String to, Instant at) {}

  public record SurveyView(
      long id,
      String body,
      String kind,
      Integer year,
      LocalizedText title,
      String status,
      Instant opensAt,
      Instant closesAt,
      List<QuestionView> questions,
      List<StepView> history) {
    static SurveyView of(Survey s) {
      return new SurveyView(
          s.id(),
          s.body().slug(),
          s.kind().name(),
          s.ratingYear().orElse(null),
          s.title(),
          s.status().name(),
          s.opensAt(),
          s.closesAt(),
          s.questions().stream().map(QuestionView::of).toList(),
          s.history().stream()
              .map(
                  h ->
                      new StepView(
                          h.from() == null ? null : h.from().name(), h.to().name(), h.at()))
              .toList());
    }
  }

  public record SurveySummaryView(
      long id,
      String kind,
      Integer year,
      LocalizedText title,
      String status,
      Instant opensAt,
      Instant closesAt) {
    static SurveySummaryView of(Survey s) {
      return new SurveySummaryView(
          s.id(),
          s.kind().name(),
          s.ratingYear().orElse(null),
          s.title(),
          s.status().name(),
          s.opensAt(),
          s.closesAt());
    }
  }

  public record Created(long id, String status) {}

  public record Recorded(long survey, String channel) {}

  public record Channels(long online, long paper) {}

  public record QuestionResultView(
      String key,
      String type,
      long answered,
      Map<String, Long> counts,
      Double average,
      List<String> texts) {
    static QuestionResultView of(SurveyResults.QuestionResult r) {
      var q = r.question();
      return new QuestionResultView(
          q.key(),
          q.type().name(),
          r.answered(),
          q.type().isText() ? null : new LinkedHashMap<>(r.counts()),
          r.average().isPresent() ? r.average().getAsDouble() : null,
          q.type().isText() ? r.texts() : null);
    }
  }

  public record ResultsView(
      long id, long responses, Channels channels, List<QuestionResultView> questions) {
    static ResultsView of(long id, SurveyResults r) {
      return new ResultsView(
          id,
          r.responses(),
          new Channels(r.online(), r.paper()),
          r.questions().stream().map(QuestionResultView::of).toList());
    }
  }

  public record TextView(long id, String question, String text, long version) {
    static TextView of(SurveyAnswer a, Map<Long, String> keys) {
      return new TextView(a.id(), keys.get(a.questionId()), a.text().orElse(""), a.version());
    }
  }

  public record DecisionView(long id, String status) {}

  public record RatingView(int year, double average, int responses) {}

  public record LeaderView(
      long id,
      String name,
      LocalizedText position,
      boolean active,
      List<RatingView> ratings,
      Double trend) {
    static LeaderView of(LeaderService.RatedLeader r) {
      var l = r.leader();
      return new LeaderView(
          l.id(),
          l.fullName(),
          l.position(),
          l.active(),
          r.byYear().values().stream()
              .map(x -> new RatingView(x.year(), x.average(), x.responses()))
              .toList(),
          r.trend());
    }
  }
}
