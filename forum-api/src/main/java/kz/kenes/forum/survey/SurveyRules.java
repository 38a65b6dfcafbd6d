package kz.kenes.forum.survey;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import kz.kenes.forum.platform.LocalizedText;
import kz.kenes.forum.platform.Text;
import kz.kenes.forum.platform.Validation;

/**
 * The rules a survey's definition follows, checked all at once so that a 400 names every bad field
 * ({@code title}, {@code closesAt}, {@code questions[2].options[0].key} …). Pure: no database.
 */
public final class SurveyRules {
  public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
  public static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
  public static final int TITLE_MIN = 3;
  public static final int TITLE_MAX = 200;
  public static final int QUESTION_TEXT_MAX = 500;
  public static final int LABEL_MAX = 200;
  public static final int QUESTIONS_MAX = 50;
  public static final int OPTIONS_MIN = 2;
  public static final int OPTIONS_MAX = 20;

  /** The longest answering window. */
  public static final Duration WINDOW_MAX = Duration.ofDays(366);

  /** A question as checked, ready to be added to a survey. */
  public record Question(
      String key,
      QuestionType type,
      LocalizedText text,
      boolean optional,
      List<SurveyOption> options) {}

  /** A definition as checked. */
  public record Definition(
      LocalizedText title, Instant opensAt, Instant closesAt, List<Question> questions) {}

  private SurveyRules() {}

  /** The checked definition; 400 naming every broken rule. */
  public static Definition check(NewSurvey input, Instant now) {
    Validation check = new Validation();
    LocalizedText title = text(check, "title", input.title(), TITLE_MIN, TITLE_MAX, true);
    Instant[] window = window(check, input.opensAt(), input.closesAt(), now);
    List<Question> questions = new ArrayList<>();
    List<NewSurvey.NewQuestion> given = input.questions();
    if (given == null || given.isEmpty()) {
      check.reject("questions", "validation.required");
    } else if (given.size() > QUESTIONS_MAX) {
      check.reject("questions", "validation.survey.too-many-questions");
    } else {
      Set<String> keys = new HashSet<>();
      for (int i = 0; i < given.size(); i++) {
        Question q = question(check, "questions[" + i + "]", given.get(i), keys);
        if (q != null) {
          questions.add(q);
        }
      }
    }
    check.throwIfInvalid();
    return new Definition(title, window[0], window[1], List.copyOf(questions));
  }

  /**
   * [opensAt, closesAt]: opensAt defaults to now and is within a year from now; closesAt after
   * both, within a year of opensAt.
   */
  static Instant[] window(Validation check, String opensAt, String closesAt, Instant now) {
    Instant opens =
        opensAt == null || opensAt.isBlank() ? now : instant(check, "opensAt", opensAt, false);
    Instant closes = null;
    if (closesAt == null || closesAt.isBlank()) {
      check.reject("closesAt", "validation.required");
    } else {
      closes = instant(check, "closesAt", closesAt, true);
    }
    if (opens != null && opens.isAfter(now.plus(WINDOW_MAX))) {
      // a year ahead at most: also keeps the instant within what a database column holds
      check.reject("opensAt", "validation.survey.opens-too-late");
    } else if (opens != null && closes != null) {
      if (!closes.isAfter(now)) {
        check.reject("closesAt", "validation.survey.closes-in-past");
      } else if (!closes.isAfter(opens)) {
        check.reject("closesAt", "validation.survey.closes-before-opens");
      } else if (Duration.between(opens, closes).compareTo(WINDOW_MAX) > 0) {
        check.reject("closesAt", "validation.survey.window-too-long");
      }
    }
    return new Instant[] {opens, closes};
  }

  /**
   * An ISO instant, or a date: its first moment (or, for a closing date, its end) in Kazakhstan.
   */
  static Instant instant(Validation check, String field, String value, boolean endOfDay) {
    String v = value.strip();
    try {
      if (v.length() == 10) {
        LocalDate day = LocalDate.parse(v);
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZONE).toInstant();
      }
      return java.time.OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      check.reject(field, "validation.survey.date");
      return null;
    }
  }

  private static Question question(
      Validation check, String field, NewSurvey.NewQuestion q, Set<String> keys) {
    if (q == null) {
      check.reject(field, "validation.required");
      return null;
    }
    String key = key(check, field + ".key", q.key(), keys);
    QuestionType type = check.requireEnum(field + ".type", q.type(), QuestionType.class);
    LocalizedText text = text(check, field + ".text", q.text(), 1, QUESTION_TEXT_MAX, true);
    List<SurveyOption> options = List.of();
    if (type != null && type.hasOptions()) {
      options = options(check, field + ".options", q.options());
    } else if (type != null && q.options() != null && !q.options().isEmpty()) {
      check.reject(field + ".options", "validation.survey.options-not-allowed");
    }
    if (key == null || type == null || text == null) {
      return null;
    }
    return new Question(key, type, text, Boolean.TRUE.equals(q.optional()), options);
  }

  private static List<SurveyOption> options(
      Validation check, String field, List<NewSurvey.NewOption> given) {
    if (given == null || given.isEmpty()) {
      check.reject(field, "validation.required");
      return List.of();
    }
    if (given.size() < OPTIONS_MIN || given.size() > OPTIONS_MAX) {
      check.reject(field, "validation.survey.option-count");
      return List.of();
    }
    List<SurveyOption> options = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String f = field + "[" + i + "]";
      NewSurvey.NewOption o = given.get(i);
      if (o == null) {
        check.reject(f, "validation.required");
        continue;
      }
      String key = key(check, f + ".key", o.key(), keys);
      if (key == null) {
        continue;
      }
      TextInput label = o.label() == null ? TextInput.same(key) : o.label();
      LocalizedText text = text(check, f + ".label", label, 1, LABEL_MAX, false);
      if (text != null) {
        options.add(new SurveyOption(key, text));
      }
    }
    return options;
  }

  private static String key(Validation check, String field, String key, Set<String> seen) {
    String k = key == null ? "" : key.strip();
    if (k.isEmpty()) {
      check.reject(field, "validation.required");
      return null;
    }
    if (!KEY.matcher(k).matches()) {
      check.reject(field, "validation.survey.key");
      return null;
    }
    if (!seen.add(k)) {
      check.reject(field, "validation.survey.duplicate-key");
      return null;
    }
    return k;
  }

  /** A text in three languages; a single string is used for all three. */
  static LocalizedText text(
      Validation check, String field, TextInput input, int min, int max, boolean lines) {
    if (input == null) {
      check.reject(field, "validation.required");
      return null;
    }
    if (!input.wellFormed()) {
      check.reject(field, "validation.type");
      return null;
    }
    String kk = one(check, field, input.kk(), min, max);
    String ru = one(check, field, input.ru(), min, max);
    String en = one(check, field, input.en(), min, max);
    return kk == null || ru == null || en == null ? null : new LocalizedText(kk, ru, en);
  }

  private static String one(Validation check, String field, String value, int min, int max) {
    String v = value == null ? "" : Text.line(value).strip();
    if (v.isEmpty()) {
      check.reject(field, "validation.required");
      return null;
    }
    int length = v.codePointCount(0, v.length());
    if (length < min) {
      check.reject(field, "validation.too-short");
      return null;
    }
    if (length > max) {
      check.reject(field, "validation.too-long");
      return null;
    }
    return v;
  }
}
