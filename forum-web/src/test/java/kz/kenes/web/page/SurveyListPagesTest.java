package kz.kenes.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.survey.NewSurvey;
import kz.kenes.forum.survey.TextInput;
import org.junit.jupiter.api.Test;

/** The form "your own questions" as the use case reads it, and its errors back at their slots. */
class SurveyListPagesTest {

  private static Map<String, String> form() {
    Map<String, String> form = new HashMap<>();
    form.put("title.kk", "Су сауалнамасы");
    form.put("title.en", "Water survey");
    form.put("closesAt", "2026-12-31");
    form.put("q2.type", "SINGLE_CHOICE");
    form.put("q2.kk", "Қай ауыл?");
    form.put("q2.options", "Қараоба | Караоба | Karaoba\r\n\r\n  Жаңаауыл  \nАқжар | | ");
    form.put("q5.type", "RATING");
    form.put("q5.kk", "Сапасы");
    form.put("q5.optional", "on");
    form.put("q7.type", " ");
    form.put("q7.kk", "ignored: no type");
    return form;
  }

  @Test
  void theSlotsWithATypeBecomeQuestionsInOrderWithTheKazakhTextWhereNoOtherIsGiven() {
    NewSurvey survey = SurveyListPages.custom(form()::get);
    assertThat(survey.title())
        .isEqualTo(TextInput.of("Су сауалнамасы", "Су сауалнамасы", "Water survey"));
    assertThat(survey.opensAt()).isNull();
    assertThat(survey.closesAt()).isEqualTo("2026-12-31");
    assertThat(survey.questions())
        .extracting(NewSurvey.NewQuestion::key)
        .containsExactly("q2", "q5");
    NewSurvey.NewQuestion choice = survey.questions().get(0);
    assertThat(choice.type()).isEqualTo("SINGLE_CHOICE");
    assertThat(choice.optional()).isFalse();
    assertThat(choice.options())
        .containsExactly(
            new NewSurvey.NewOption("o1", TextInput.of("Қараоба", "Караоба", "Karaoba")),
            new NewSurvey.NewOption("o2", TextInput.same("Жаңаауыл")),
            new NewSurvey.NewOption("o3", TextInput.of("Ақжар", "Ақжар", "Ақжар")));
    NewSurvey.NewQuestion rating = survey.questions().get(1);
    assertThat(rating.options()).isNull();
    assertThat(rating.optional()).isTrue();
  }

  @Test
  void anErrorOfTheNthQuestionGivenIsShownAtItsSlot() {
    List<FieldError> shown =
        SurveyListPages.bySlot(
            List.of(
                new FieldError("questions[0].text", "validation.required"),
                new FieldError("questions[1].options[2].label", "validation.too-long"),
                new FieldError("questions[1]", "validation.required"),
                new FieldError("questions[9].text", "validation.required"),
                new FieldError("closesAt", "validation.survey.date")),
            form());
    assertThat(shown)
        .containsExactly(
            new FieldError("q2.text", "validation.required"),
            new FieldError("q5.options", "validation.too-long"),
            new FieldError("q5.type", "validation.required"),
            new FieldError("questions[9].text", "validation.required"),
            new FieldError("closesAt", "validation.survey.date"));
  }
}
