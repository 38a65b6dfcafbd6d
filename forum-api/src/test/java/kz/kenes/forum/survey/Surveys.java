package kz.kenes.forum.survey;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyKind;
import kz.kenes.forum.body.BodyLevel;
import kz.kenes.forum.platform.LocalizedText;

/** Surveys for unit tests, built as the service builds them, with ids as the database gives. */
final class Surveys {
  static final Instant NOW = Instant.parse("2026-12-05T06:00:00Z");

  private Surveys() {}

  static LocalizedText same(String text) {
    return new LocalizedText(text, text, text);
  }

  static Survey survey() {
    Body body =
        new Body(
            "test-rural-district",
            same("Test"),
            BodyKind.EXECUTIVE,
            BodyLevel.RURAL_DISTRICT,
            null,
            NOW);
    Survey s =
        new Survey(
            body,
            SurveyKind.GENERAL,
            null,
            same("Survey"),
            NOW,
            NOW.plusSeconds(86400),
            "official",
            NOW);
    List<SurveyOption> abc =
        List.of(
            new SurveyOption("a", same("A")),
            new SurveyOption("b", same("B")),
            new SurveyOption("c", same("C")));
    s.addQuestion("single", QuestionType.SINGLE_CHOICE, same("One?"), false, abc, null, null);
    s.addQuestion("multi", QuestionType.MULTIPLE_CHOICE, same("Several?"), false, abc, null, null);
    s.addQuestion("rate", QuestionType.RATING, same("How good?"), false, List.of(), null, null);
    s.addQuestion("short", QuestionType.SHORT_TEXT, same("Name it"), true, List.of(), null, null);
    s.addQuestion("long", QuestionType.LONG_TEXT, same("Tell us"), true, List.of(), null, null);
    long id = 100;
    for (SurveyQuestion q : s.questions()) {
      set(q, "id", id++);
    }
    return s;
  }

  static void set(Object target, String field, Object value) {
    try {
      Field f = target.getClass().getDeclaredField(field);
      f.setAccessible(true);
      f.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
