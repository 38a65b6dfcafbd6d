package kz.kenes.forum.budget.api;

import java.util.HashMap;
import java.util.Map;
import kz.kenes.forum.budget.BudgetOutcome;
import kz.kenes.forum.budget.BudgetProject;

/**
 * A budget's results as CSV (RFC 4180): a line per project in rank order, then the ballots per
 * channel and the turnout per village. Nothing about any voter. Cells that a spreadsheet would read
 * as a formula are prefixed with an apostrophe.
 */
public final class BudgetCsv {
  private BudgetCsv() {}

  public static String of(BudgetOutcome outcome) {
    Map<Long, BudgetProject> projects = new HashMap<>();
    for (BudgetProject p : outcome.projects()) {
      projects.put(p.id(), p);
    }
    StringBuilder csv = new StringBuilder();
    csv.append("rank,project_id,title,village,cost,votes,funded,funded_equal_shares\r\n");
    for (var line : outcome.count().lines()) {
      BudgetProject p = projects.get(line.id());
      csv.append(line.rank())
          .append(',')
          .append(line.id())
          .append(',')
          .append(cell(p.title()))
          .append(',')
          .append(cell(p.village()))
          .append(',')
          .append(line.cost())
          .append(',')
          .append(line.votes())
          .append(',')
          .append(line.funded())
          .append(',')
          .append(line.fundedByEqualShares())
          .append("\r\n");
    }
    csv.append("\r\nchannel,ballots\r\n");
    csv.append("ONLINE,").append(outcome.online()).append("\r\n");
    csv.append("PAPER,").append(outcome.paper()).append("\r\n");
    csv.append("\r\nvillage,population,ballots\r\n");
    for (var t : outcome.turnout()) {
      csv.append(cell(t.village()))
          .append(',')
          .append(t.population())
          .append(',')
          .append(t.ballots())
          .append("\r\n");
    }
    return csv.toString();
  }

  static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
