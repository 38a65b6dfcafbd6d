package kz.kenes.forum.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import org.junit.jupiter.api.Test;

class SurveyRulesTest {
  private static final Instant NOW = Surveys.NOW;

  private static NewSurvey.NewQuestion q(String key, String type, List<NewSurvey.NewOption> o) {
    return new NewSurvey.NewQuestion(key, type, TextInput.same("Question?"), o, null);
  }

  private static List<NewSurvey.NewOption> options(String... keys) {
    List<NewSurvey.NewOption> list = new ArrayList<>();
    for (String k : keys) {
      list.add(new NewSurvey.NewOption(k, null));
    }
    return list;
  }

  private static List<FieldError> errors(NewSurvey survey) {
    try {
      SurveyRules.check(survey, NOW);
    } catch (DomainException.InvalidInput invalid) {
      return invalid.errors();
    }
    return List.of();
  }

  @Test
  void aSurveyOfEveryTypeIsChecked() {
    var d =
        SurveyRules.check(
            new NewSurvey(
                TextInput.of("Сауалнама", "Опрос", "Survey"),
                null,
                "2026-12-20",
                List.of(
                    q("one", "SINGLE_CHOICE", options("a", "b")),
                    q("many", "MULTIPLE_CHOICE", options("a", "b", "c")),
                    q("mark", "RATING", null),
                    q("line", "SHORT_TEXT", List.of()),
                    q("text", "LONG_TEXT", null))),
            NOW);
    assertThat(d.title().ru()).isEqualTo("Опрос");
    assertThat(d.opensAt()).isEqualTo(NOW);
    // a date closes at the end of that day in Kazakhstan (UTC+5)
    assertThat(d.closesAt()).isEqualTo(Instant.parse("2026-12-20T19:00:00Z"));
    assertThat(d.questions()).hasSize(5);
    assertThat(d.questions().get(0).options().get(1).label().kk()).isEqualTo("b");
  }

  @Test
  void badFieldsAreNamed() {
    assertThat(
            errors(
                new NewSurvey(
                    TextInput.same("ab"),
                    null,
                    "2026-12-01",
                    List.of(
                        q("Bad Key", "RATING", null),
                        q("x", "CHOICE", null),
                        q("y", "SINGLE_CHOICE", options("a")),
                        q("z", "RATING", options("a", "b")),
                        q("y", "MULTIPLE_CHOICE", options("a", "a"))))))
        .containsExactly(
            new FieldError("title", "validation.too-short"),
            new FieldError("title", "validation.too-short"),
            new FieldError("title", "validation.too-short"),
            new FieldError("closesAt", "validation.survey.closes-in-past"),
            new FieldError("questions[0].key", "validation.survey.key"),
            new FieldError("questions[1].type", "validation.unknown-value"),
            new FieldError("questions[2].options", "validation.survey.option-count"),
            new FieldError("questions[3].options", "validation.survey.options-not-allowed"),
            new FieldError("questions[4].key", "validation.survey.duplicate-key"),
            new FieldError("questions[4].options[1].key", "validation.survey.duplicate-key"));
  }

  @Test
  void theWindowHasItsBoundaries() {
    var one = List.of(q("mark", "RATING", null));
    assertThat(errors(new NewSurvey(TextInput.same("Survey"), null, null, one)))
        .containsExactly(new FieldError("closesAt", "validation.required"));
    assertThat(errors(new NewSurvey(TextInput.same("Survey"), null, "tomorrow", one)))
        .containsExactly(new FieldError("closesAt", "validation.survey.date"));
    assertThat(
            errors(
                new NewSurvey(
                    TextInput.same("Survey"), "2026-12-10T00:00:00Z", "2026-12-09T00:00:00Z", one)))
        .containsExactly(new FieldError("closesAt", "validation.survey.closes-before-opens"));
    assertThat(errors(new NewSurvey(TextInput.same("Survey"), null, "2027-12-05T06:00:00Z", one)))
        .isEmpty();
    assertThat(errors(new NewSurvey(TextInput.same("Survey"), null, "2027-12-06T06:00:01Z", one)))
        .containsExactly(new FieldError("closesAt", "validation.survey.window-too-long"));
    assertThat(errors(new NewSurvey(TextInput.same("Survey"), null, NOW.toString(), one)))
        .containsExactly(new FieldError("closesAt", "validation.survey.closes-in-past"));
    // opening more than a year ahead (or at a time no database column holds) is refused
    assertThat(
            errors(
                new NewSurvey(
                    TextInput.same("Survey"),
                    "+300000-01-01T00:00:00Z",
                    "+300000-01-02T00:00:00Z",
                    one)))
        .containsExactly(new FieldError("opensAt", "validation.survey.opens-too-late"));
    assertThat(
            errors(
                new NewSurvey(
                    TextInput.same("Survey"), "2027-12-06T06:00:01Z", "2027-12-07T00:00:00Z", one)))
        .containsExactly(new FieldError("opensAt", "validation.survey.opens-too-late"));
  }

  @Test
  void textsAreAStringOrThreeLanguages() {
    var one = List.of(q("mark", "RATING", null));
    assertThat(errors(new NewSurvey(TextInput.malformed(), null, "2026-12-20", one)))
        .containsExactly(new FieldError("title", "validation.type"));
    assertThat(
            errors(
                new NewSurvey(TextInput.of("Сауалнама", null, "Survey"), null, "2026-12-20", one)))
        .containsExactly(new FieldError("title", "validation.required"));
    assertThat(errors(new NewSurvey(TextInput.same("x".repeat(201)), null, "2026-12-20", one)))
        .contains(new FieldError("title", "validation.too-long"));
    assertThat(errors(new NewSurvey(TextInput.same("Survey"), null, "2026-12-20", List.of())))
        .containsExactly(new FieldError("questions", "validation.required"));
  }

  @Test
  void theResidentsTemplateIsAValidSurvey() {
    var d = SurveyRules.check(SurveyTemplates.residents("2026-12-31"), NOW);
    assertThat(d.questions())
        .extracting(SurveyRules.Question::key)
        .containsExactly(
            "knows-deputy", "first-problems", "news-source", "appeals-how", "openness", "proposal");
    assertThat(d.title().kk()).doesNotContain("??");
  }
}
