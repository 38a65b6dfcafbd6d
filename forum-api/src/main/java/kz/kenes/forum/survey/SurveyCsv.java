package kz.kenes.forum.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of a closed survey as CSV (RFC 4180, UTF-8 with a BOM so that spreadsheets read
 * Kazakh letters): one row per response in random order, numbered 1..n, its channel, then one
 * column per question key. No member, phone, time or id: nothing leads back to who answered. Chosen
 * options are joined by {@code ;}; a free-text answer appears only once a moderator approved it. A
 * cell that a spreadsheet would take for a formula ({@code = + - @}) is prefixed with {@code '}.
 */
public final class SurveyCsv {
  private SurveyCsv() {}

  public static String write(
      List<SurveyQuestion> questions, List<SurveyResponse> responses, List<SurveyAnswer> answers) {
    Map<String, Map<Long, List<String>>> byResponse = new HashMap<>();
    for (SurveyAnswer a : answers) {
      String value = a.csvValue();
      if (value != null) {
        byResponse
            .computeIfAbsent(a.responseId(), k -> new HashMap<>())
            .computeIfAbsent(a.questionId(), k -> new ArrayList<>())
            .add(value);
      }
    }
    StringBuilder csv = new StringBuilder("\uFEFF");
    List<String> header = new ArrayList<>(List.of("response", "channel"));
    questions.forEach(q -> header.add(q.key()));
    line(csv, header);
    int n = 0;
    for (SurveyResponse r : responses) {
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(++n));
      row.add(r.channel().name());
      Map<Long, List<String>> given = byResponse.getOrDefault(r.id(), Map.of());
      for (SurveyQuestion q : questions) {
        row.add(String.join(";", given.getOrDefault(q.id(), List.of())));
      }
      line(csv, row);
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
