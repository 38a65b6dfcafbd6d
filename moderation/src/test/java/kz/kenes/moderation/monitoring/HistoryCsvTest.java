package kz.kenes.moderation.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.thread.Category;
import kz.kenes.moderation.appeal.AppealChannel;
import org.junit.jupiter.api.Test;

class HistoryCsvTest {
  @Test
  void yearsAndQuartersByCategoryAndChannelAreRead() {
    var lines =
        MonitoringAdmin.parseHistory(
            "period,category,channel,registered,satisfied\r\n2020,LAND,PAPER,4,1\n\n2021-Q1,OTHER,ORAL,72,\n");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .isEqualTo(
            new MonitoringAdmin.HistoryLine("2020", Category.LAND, AppealChannel.PAPER, 4, 1));
    assertThat(lines.get(1).satisfied()).isZero();
  }

  @Test
  void aWrongHeaderOrLineIsNamedAndNothingIsKept() {
    assertThatThrownBy(() -> MonitoringAdmin.parseHistory("a,b\n2020,LAND,PAPER,4,1"))
        .isInstanceOfSatisfying(
            DomainException.InvalidInput.class,
            e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("line.1"));
    assertThatThrownBy(
            () ->
                MonitoringAdmin.parseHistory(
                    "period,category,channel,registered,satisfied\n2020,LAND,PAPER,4,1\n"
                        + "2020-Q5,LAND,PAPER,4,1\n2020,NOPE,PAPER,1,0\n2020,LAND,PAPER,1,2\n"
                        + "2020,LAND,PAPER,-1,0\n2020,LAND,PAPER"))
        .isInstanceOfSatisfying(
            DomainException.InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(f -> f.field())
                    .containsExactly("line.3", "line.4", "line.5", "line.6", "line.7"));
    assertThatThrownBy(() -> MonitoringAdmin.parseHistory(null))
        .isInstanceOf(DomainException.InvalidInput.class);
  }
}
