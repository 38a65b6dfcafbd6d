package kz.kenes.forum.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import org.junit.jupiter.api.Test;

class AnswerRulesTest {
  private final List<SurveyQuestion> questions = Surveys.survey().questions();

  private Map<String, Object> valid() {
    Map<String, Object> answers = new HashMap<>();
    answers.put("single", "a");
    answers.put("multi", List.of("a", "c"));
    answers.put("rate", new BigDecimal("4"));
    return answers;
  }

  private List<FieldError> errors(Map<String, Object> answers) {
    return errors(answers, questions);
  }

  private static List<FieldError> errors(
      Map<String, Object> answers, List<SurveyQuestion> questions) {
    try {
      AnswerRules.check(questions, answers);
    } catch (DomainException.InvalidInput invalid) {
      return invalid.errors();
    }
    return List.of();
  }

  @Test
  void aCompleteResponsePassesAndOptionalQuestionsMayBeLeftOut() {
    var checked = AnswerRules.check(questions, valid());
    assertThat(checked).hasSize(3);
    assertThat(checked.get(1).options()).containsExactly("a", "c");
    assertThat(checked.get(2).rating()).isEqualTo(4);
  }

  @Test
  void aResponseToOnlyOptionalQuestionsMustAnswerOneOfThem() {
    List<SurveyQuestion> optional = questions.subList(3, 5);
    assertThat(optional).allMatch(SurveyQuestion::optional);
    for (Map<String, Object> blank : List.<Map<String, Object>>of(Map.of("short", " "), Map.of())) {
      assertThat(errors(blank, optional))
          .as("%s", blank)
          .containsExactly(new FieldError("answers", "validation.survey.no-answer"));
    }
    assertThat(AnswerRules.check(optional, Map.of("short", "Жол"))).hasSize(1);
  }

  @Test
  void ratingsAreWholeNumbersFromOneToFive() {
    for (Object ok :
        List.of(new BigDecimal("1"), new BigDecimal("5"), "3", new BigDecimal("2.0"))) {
      var a = valid();
      a.put("rate", ok);
      assertThat(errors(a)).as("%s", ok).isEmpty();
    }
    for (Object bad :
        List.of(
            new BigDecimal("0"),
            new BigDecimal("6"),
            new BigDecimal("2.5"),
            new BigDecimal("-1"))) {
      var a = valid();
      a.put("rate", bad);
      assertThat(errors(a))
          .as("%s", bad)
          .containsExactly(new FieldError("answers.rate", "validation.survey.rating-range"));
    }
    var a = valid();
    a.put("rate", "four");
    assertThat(errors(a)).containsExactly(new FieldError("answers.rate", "validation.type"));
  }

  @Test
  void choicesNameTheQuestionsOptions() {
    var a = valid();
    a.put("single", "z");
    a.put("multi", List.of("a", "a"));
    assertThat(errors(a))
        .containsExactly(
            new FieldError("answers.single", "validation.survey.unknown-option"),
            new FieldError("answers.multi", "validation.survey.duplicate-option"));
    a = valid();
    a.put("single", List.of("a"));
    a.put("multi", "b"); // one key alone is a list of one
    assertThat(errors(a)).containsExactly(new FieldError("answers.single", "validation.type"));
    a = valid();
    a.put("multi", List.of("a", "nope"));
    assertThat(errors(a))
        .containsExactly(new FieldError("answers.multi", "validation.survey.unknown-option"));
  }

  @Test
  void requiredQuestionsMustBeAnsweredAndUnknownKeysAreNamed() {
    Map<String, Object> a = new HashMap<>();
    a.put("single", " ");
    a.put("multi", List.of());
    a.put("ghost", "x");
    assertThat(errors(a))
        .containsExactlyInAnyOrder(
            new FieldError("answers.ghost", "validation.survey.unknown-question"),
            new FieldError("answers.single", "validation.required"),
            new FieldError("answers.multi", "validation.required"),
            new FieldError("answers.rate", "validation.required"));
  }

  @Test
  void textsAreCutAtTheirLimits() {
    var a = valid();
    a.put("short", "x".repeat(QuestionType.SHORT_MAX));
    a.put("long", "y".repeat(QuestionType.LONG_MAX));
    assertThat(errors(a)).isEmpty();
    a.put("short", "x".repeat(QuestionType.SHORT_MAX + 1));
    a.put("long", "y".repeat(QuestionType.LONG_MAX + 1));
    assertThat(errors(a))
        .containsExactly(
            new FieldError("answers.short", "validation.too-long"),
            new FieldError("answers.long", "validation.too-long"));
    a = valid();
    a.put("short", new BigDecimal(5));
    assertThat(errors(a)).containsExactly(new FieldError("answers.short", "validation.type"));
  }

  @Test
  void nothingGivenNamesEveryRequiredQuestion() {
    assertThatThrownBy(() -> AnswerRules.check(questions, null))
        .isInstanceOf(DomainException.InvalidInput.class);
  }
}
