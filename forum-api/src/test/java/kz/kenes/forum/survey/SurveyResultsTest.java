package kz.kenes.forum.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyResultsTest {
  @Test
  void countsAveragesAndTextsAreWorkedOutPerQuestion() {
    Survey s = Surveys.survey();
    // question ids 100 single, 101 multi, 102 rate, 103 short, 104 long
    var results =
        SurveyResults.of(
            s.questions(),
            Map.of(SurveyChannel.ONLINE, 3L, SurveyChannel.PAPER, 1L),
            List.of(
                new SurveyResults.Tally(100, "a", null, 3),
                new SurveyResults.Tally(100, "c", null, 1),
                new SurveyResults.Tally(101, "a", null, 2),
                new SurveyResults.Tally(101, "b", null, 4),
                new SurveyResults.Tally(102, null, 5, 1),
                new SurveyResults.Tally(102, null, 4, 2),
                new SurveyResults.Tally(102, null, 1, 1)),
            Map.of(100L, 4L, 101L, 4L, 102L, 4L, 103L, 2L),
            Map.of(103L, List.of("Жол")));
    assertThat(results.responses()).isEqualTo(4);
    assertThat(results.online()).isEqualTo(3);
    assertThat(results.paper()).isEqualTo(1);
    var single = results.questions().get(0);
    assertThat(single.counts())
        .containsExactly(Map.entry("a", 3L), Map.entry("b", 0L), Map.entry("c", 1L));
    assertThat(single.maxCount()).isEqualTo(3);
    assertThat(results.questions().get(1).counts())
        .containsExactly(Map.entry("a", 2L), Map.entry("b", 4L), Map.entry("c", 0L));
    var rate = results.questions().get(2);
    // (5 + 4 + 4 + 1) / 4 = 3.5
    assertThat(rate.average()).hasValue(3.5);
    assertThat(rate.counts()).containsEntry("4", 2L).containsEntry("2", 0L);
    assertThat(results.questions().get(3).texts()).containsExactly("Жол");
    assertThat(results.questions().get(3).answered()).isEqualTo(2);
    assertThat(results.questions().get(4).texts()).isEmpty();
  }

  @Test
  void noResponsesGiveZerosAndNoAverage() {
    var results =
        SurveyResults.of(Surveys.survey().questions(), Map.of(), List.of(), Map.of(), Map.of());
    assertThat(results.responses()).isZero();
    assertThat(results.questions().get(2).average()).isEmpty();
    assertThat(results.questions().get(0).maxCount()).isEqualTo(1);
  }

  @Test
  void averagesAreRoundedToTwoDecimals() {
    var results =
        SurveyResults.of(
            Surveys.survey().questions(),
            Map.of(SurveyChannel.ONLINE, 3L),
            List.of(
                new SurveyResults.Tally(102, null, 5, 1), new SurveyResults.Tally(102, null, 4, 2)),
            Map.of(),
            Map.of());
    assertThat(results.questions().get(2).average()).hasValue(4.33);
  }
}
