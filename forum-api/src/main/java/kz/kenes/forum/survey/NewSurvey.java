package kz.kenes.forum.survey;

import java.util.List;

/**
 * A survey as staff describe it. {@code opensAt} and {@code closesAt} are ISO-8601 instants or
 * dates (a date: its start, resp. end, in Kazakhstan); {@code opensAt} defaults to now.
 */
public record NewSurvey(
    TextInput title, String opensAt, String closesAt, List<NewQuestion> questions) {

  /** One question; {@code options} only for the choice types. */
  public record NewQuestion(
      String key, String type, TextInput text, List<NewOption> options, Boolean optional) {}

  /** One option: its key and the label shown (the key itself when no label is given). */
  public record NewOption(String key, TextInput label) {}
}
