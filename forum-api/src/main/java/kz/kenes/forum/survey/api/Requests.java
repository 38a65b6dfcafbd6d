package kz.kenes.forum.survey.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.survey.NewSurvey;
import kz.kenes.forum.survey.TextInput;

/** What the survey API accepts, and how its JSON becomes the use cases' input. */
public final class Requests {
  private Requests() {}

  /** {@code text}: a string or {kk, ru, en}; {@code options}: keys, or {key, label}. */
  public record SurveyRequest(
      JsonValue title, String opensAt, String closesAt, List<QuestionRequest> questions) {
    NewSurvey toInput() {
      List<NewSurvey.NewQuestion> list = null;
      if (questions != null) {
        list = new ArrayList<>();
        for (QuestionRequest q : questions) {
          list.add(q == null ? null : q.toInput());
        }
      }
      return new NewSurvey(text(title), opensAt, closesAt, list);
    }
  }

  public record QuestionRequest(
      String key, String type, JsonValue text, List<JsonValue> options, Boolean optional) {
    NewSurvey.NewQuestion toInput() {
      List<NewSurvey.NewOption> list = null;
      if (options != null) {
        list = new ArrayList<>();
        for (JsonValue o : options) {
          list.add(option(o));
        }
      }
      return new NewSurvey.NewQuestion(key, type, Requests.text(text), list, optional);
    }
  }

  public record ResponseRequest(JsonObject answers) {}

  public record PaperResponseRequest(String phone, JsonObject answers) {}

  public record TransitionRequest(String to, String reason) {}

  public record TextDecisionRequest(String decision) {}

  public record LeaderRatingRequest(Integer year, String closesAt) {}

  public record LeaderRequest(String name, JsonValue position, Boolean active) {}

  /** null for absent; a malformed input for anything but a string or an object of strings. */
  static TextInput text(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return TextInput.same(s.getString());
    }
    if (value instanceof JsonObject o) {
      String[] parts = new String[3];
      String[] names = {"kk", "ru", "en"};
      for (int i = 0; i < 3; i++) {
        JsonValue part = o.get(names[i]);
        if (part != null
            && !(part instanceof JsonString)
            && part.getValueType() != JsonValue.ValueType.NULL) {
          return TextInput.malformed();
        }
        parts[i] = part instanceof JsonString s ? s.getString() : null;
      }
      return TextInput.of(parts[0], parts[1], parts[2]);
    }
    return TextInput.malformed();
  }

  /** An option: its key as a string, or {key, label}. */
  static NewSurvey.NewOption option(JsonValue value) {
    if (value instanceof JsonString s) {
      return new NewSurvey.NewOption(s.getString(), null);
    }
    if (value instanceof JsonObject o) {
      String key = o.get("key") instanceof JsonString s ? s.getString() : null;
      return new NewSurvey.NewOption(key, text(o.get("label")));
    }
    return null;
  }

  /** The answers as the use case reads them: strings, numbers, lists; anything else as is. */
  static Map<String, Object> answers(JsonObject answers) {
    Map<String, Object> map = new LinkedHashMap<>();
    if (answers != null) {
      answers.forEach((key, value) -> map.put(key, plain(value)));
    }
    return map;
  }

  private static Object plain(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value instanceof JsonNumber n) {
      return n.bigDecimalValue();
    }
    if (value instanceof JsonArray a) {
      List<Object> list = new ArrayList<>();
      a.forEach(item -> list.add(item instanceof JsonString s ? s.getString() : item));
      return list;
    }
    return value; // true, false, an object: the use case calls it the wrong type
  }
}
