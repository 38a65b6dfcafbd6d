package kz.kenes.forum.survey;

import java.util.ArrayList;
import java.util.List;
import kz.kenes.forum.platform.Language;
import kz.kenes.forum.platform.Messages;

/**
 * Ready-made surveys staff start from a page. The residents' survey paraphrases the questions of
 * the 2021 Aktogay study's survey of 200 residents: whether they know their deputy, which problems
 * come first, where they learn local news, how they appeal, how open local bodies are, and what
 * they propose.
 */
public final class SurveyTemplates {
  private SurveyTemplates() {}

  /** The residents' survey, closing at {@code closesAt} (an ISO instant or a date). */
  public static NewSurvey residents(String closesAt) {
    List<NewSurvey.NewQuestion> questions = new ArrayList<>();
    questions.add(choice("knows-deputy", "SINGLE_CHOICE", "q1", "yes", "name", "no"));
    questions.add(
        choice(
            "first-problems",
            "MULTIPLE_CHOICE",
            "q2",
            "roads",
            "water",
            "jobs",
            "social",
            "youth",
            "health"));
    questions.add(
        choice(
            "news-source",
            "SINGLE_CHOICE",
            "q3",
            "social",
            "site",
            "paper",
            "tv",
            "meetings",
            "neighbours"));
    questions.add(
        choice(
            "appeals-how",
            "SINGLE_CHOICE",
            "q4",
            "visit",
            "paper",
            "phone",
            "egov",
            "social",
            "never"));
    questions.add(
        new NewSurvey.NewQuestion("openness", "RATING", text("survey.resident.q5"), null, false));
    questions.add(
        new NewSurvey.NewQuestion("proposal", "LONG_TEXT", text("survey.resident.q6"), null, true));
    return new NewSurvey(text("survey.resident.title"), null, closesAt, questions);
  }

  private static NewSurvey.NewQuestion choice(
      String key, String type, String q, String... options) {
    List<NewSurvey.NewOption> list = new ArrayList<>();
    for (String o : options) {
      list.add(new NewSurvey.NewOption(o, text("survey.resident." + q + "." + o)));
    }
    return new NewSurvey.NewQuestion(key, type, text("survey.resident." + q), list, false);
  }

  private static TextInput text(String key) {
    return TextInput.of(
        Messages.of(Language.KK).get(key),
        Messages.of(Language.RU).get(key),
        Messages.of(Language.EN).get(key));
  }
}
