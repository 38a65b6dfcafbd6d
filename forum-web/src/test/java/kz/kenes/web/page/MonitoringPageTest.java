package kz.kenes.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.kenes.moderation.monitoring.MonitoringReport;
import kz.kenes.moderation.monitoring.MonitoringReport.Row;
import org.junit.jupiter.api.Test;

class MonitoringPageTest {
  private static Row row(String body, String category, String channel, long registered) {
    return new Row(body, category, channel, registered, 0, 0, 0, 0, null);
  }

  @Test
  void rowsAreGroupedByBodyThenCategoryInTheReportsOrder() {
    List<Row> rows =
        List.of(
            row("district", "ROADS", "WEB", 3),
            row("district", "ROADS", "PAPER", 1),
            row("district", "WATER", "WEB", 2),
            row("akzhol", "ROADS", "ORAL", 4));
    MonitoringReport report =
        new MonitoringReport(
            "2026-W49",
            "district",
            null,
            rows,
            null,
            null,
            null,
            null,
            0,
            List.of(),
            List.of(),
            List.of(),
            null);

    Map<String, Map<String, List<Row>>> grouped = MonitoringPage.rowsByBody(report);

    assertThat(grouped.keySet()).containsExactly("district", "akzhol");
    assertThat(grouped.get("district").keySet()).containsExactly("ROADS", "WATER");
    assertThat(grouped.get("district").get("ROADS")).containsExactly(rows.get(0), rows.get(1));
    assertThat(grouped.get("akzhol").get("ROADS")).containsExactly(rows.get(3));
    assertThat(
            grouped.values().stream().flatMap(m -> m.values().stream()).mapToInt(List::size).sum())
        .as("every row once")
        .isEqualTo(4);
  }
}
