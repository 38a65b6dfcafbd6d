package kz.kenes.forum.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A closed survey's results: how many responded (online and on paper), and per question the count
 * of each option (choices), the count of each mark and the average (ratings) or the approved texts
 * (free text). Made by {@link #of} from grouped counts; pure.
 */
public record SurveyResults(
    long responses, long online, long paper, List<QuestionResult> questions) {

  /** One group of the database's counts: answers to a question with this option or this mark. */
  public record Tally(long questionId, String optionKey, Integer rating, long count) {}

  /**
   * One question's result. {@code answered}: responses that answered it. {@code counts}: per option
   * key in the question's order (choices), or per mark "1".."5" (ratings); empty for texts. {@code
   * average}: ratings only, two decimals. {@code texts}: approved free-text answers.
   */
  public record QuestionResult(
      SurveyQuestion question,
      long answered,
      Map<String, Long> counts,
      OptionalDouble average,
      List<String> texts) {

    /** The largest count, for drawing bars to scale (at least 1). */
    public long maxCount() {
      return Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(0));
    }
  }

  public static SurveyResults of(
      List<SurveyQuestion> questions,
      Map<SurveyChannel, Long> responsesByChannel,
      List<Tally> tallies,
      Map<Long, Long> answeredByQuestion,
      Map<Long, List<String>> approvedTexts) {
    long online = responsesByChannel.getOrDefault(SurveyChannel.ONLINE, 0L);
    long paper = responsesByChannel.getOrDefault(SurveyChannel.PAPER, 0L);
    List<QuestionResult> results = new ArrayList<>();
    for (SurveyQuestion q : questions) {
      Map<String, Long> counts = new LinkedHashMap<>();
      OptionalDouble average = OptionalDouble.empty();
      if (q.type().hasOptions()) {
        q.options().forEach(o -> counts.put(o.key(), 0L));
        for (Tally t : tallies) {
          if (t.questionId() == q.id() && t.optionKey() != null) {
            counts.merge(t.optionKey(), t.count(), Long::sum);
          }
        }
      } else if (q.type() == QuestionType.RATING) {
        long sum = 0;
        long n = 0;
        for (int mark = 1; mark <= 5; mark++) {
          counts.put(String.valueOf(mark), 0L);
        }
        for (Tally t : tallies) {
          if (t.questionId() == q.id() && t.rating() != null) {
            counts.merge(String.valueOf(t.rating()), t.count(), Long::sum);
            sum += (long) t.rating() * t.count();
            n += t.count();
          }
        }
        if (n > 0) {
          average = OptionalDouble.of(Math.round(sum * 100.0 / n) / 100.0);
        }
      }
      results.add(
          new QuestionResult(
              q,
              answeredByQuestion.getOrDefault(q.id(), 0L),
              counts,
              average,
              approvedTexts.getOrDefault(q.id(), List.of())));
    }
    return new SurveyResults(online + paper, online, paper, List.copyOf(results));
  }
}
