package kz.kenes.forum.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.kenes.forum.platform.Text;
import kz.kenes.forum.platform.Validation;

/**
 * Checks a response against its survey's questions, all at once: each bad answer is a field error
 * named {@code answers.<key>}. A value is an option key (single choice), a list of option keys
 * (multiple choice; one key alone is taken as a list of one), a whole number 1-5 (rating; the text
 * "4" from a form too) or text. Blank answers count as not given; a required question must be
 * answered. Pure: no database.
 */
public final class AnswerRules {
  /** One question's answer as checked: chosen options, a rating or a text. */
  public record Answer(
      SurveyQuestion question, List<String> options, Integer rating, String text) {}

  private AnswerRules() {}

  public static List<Answer> check(List<SurveyQuestion> questions, Map<String, Object> answers) {
    Validation check = new Validation();
    Map<String, Object> given = answers == null ? Map.of() : answers;
    Set<String> known = new java.util.HashSet<>();
    questions.forEach(q -> known.add(q.key()));
    for (String key : given.keySet()) {
      if (!known.contains(key)) {
        check.reject("answers." + key, "validation.survey.unknown-question");
      }
    }
    List<Answer> checked = new ArrayList<>();
    for (SurveyQuestion q : questions) {
      String field = "answers." + q.key();
      Object value = given.get(q.key());
      if (isBlank(value)) {
        if (!q.optional()) {
          check.reject(field, "validation.required");
        }
        continue;
      }
      Answer answer =
          switch (q.type()) {
            case SINGLE_CHOICE -> single(check, field, q, value);
            case MULTIPLE_CHOICE -> multiple(check, field, q, value);
            case RATING -> rating(check, field, q, value);
            case SHORT_TEXT -> text(check, field, q, value, QuestionType.SHORT_MAX, false);
            case LONG_TEXT -> text(check, field, q, value, QuestionType.LONG_MAX, true);
          };
      if (answer != null) {
        checked.add(answer);
      }
    }
    if (checked.isEmpty() && !check.hasErrors()) {
      // every question optional and none answered: a blank submit would use up the one response
      check.reject("answers", "validation.survey.no-answer");
    }
    check.throwIfInvalid();
    return List.copyOf(checked);
  }

  private static boolean isBlank(Object value) {
    return value == null
        || value instanceof String s && s.isBlank()
        || value instanceof List<?> l && l.isEmpty();
  }

  private static Answer single(Validation check, String field, SurveyQuestion q, Object value) {
    if (!(value instanceof String key)) {
      check.reject(field, "validation.type");
      return null;
    }
    if (q.option(key.strip()).isEmpty()) {
      check.reject(field, "validation.survey.unknown-option");
      return null;
    }
    return new Answer(q, List.of(key.strip()), null, null);
  }

  private static Answer multiple(Validation check, String field, SurveyQuestion q, Object value) {
    List<?> items = value instanceof List<?> l ? l : List.of(value);
    Set<String> chosen = new LinkedHashSet<>();
    for (Object item : items) {
      if (!(item instanceof String key)) {
        check.reject(field, "validation.type");
        return null;
      }
      if (q.option(key.strip()).isEmpty()) {
        check.reject(field, "validation.survey.unknown-option");
        return null;
      }
      if (!chosen.add(key.strip())) {
        check.reject(field, "validation.survey.duplicate-option");
        return null;
      }
    }
    return new Answer(q, List.copyOf(chosen), null, null);
  }

  private static Answer rating(Validation check, String field, SurveyQuestion q, Object value) {
    BigDecimal number;
    if (value instanceof Number n) {
      number = new BigDecimal(n.toString());
    } else if (value instanceof String s && s.strip().matches("[0-9]{1,3}")) {
      number = new BigDecimal(s.strip());
    } else {
      check.reject(field, "validation.type");
      return null;
    }
    if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
      check.reject(field, "validation.survey.rating-range");
      return null;
    }
    if (number.compareTo(BigDecimal.ONE) < 0 || number.compareTo(BigDecimal.valueOf(5)) > 0) {
      check.reject(field, "validation.survey.rating-range");
      return null;
    }
    return new Answer(q, List.of(), number.intValueExact(), null);
  }

  private static Answer text(
      Validation check, String field, SurveyQuestion q, Object value, int max, boolean lines) {
    if (!(value instanceof String s)) {
      check.reject(field, "validation.type");
      return null;
    }
    String text = (lines ? Text.multiline(s) : Text.line(s)).strip();
    if (text.isEmpty()) {
      if (!q.optional()) {
        check.reject(field, "validation.required");
      }
      return null;
    }
    if (text.codePointCount(0, text.length()) > max) {
      check.reject(field, "validation.too-long");
      return null;
    }
    return new Answer(q, List.of(), null, text);
  }
}
