package kz.kenes.moderation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import kz.kenes.forum.platform.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlagWeightsTest {

  @Test
  void byDefaultAResidentsFlagCountsOnceAndStaffFlagsThreeTimes() {
    FlagWeights w = FlagWeights.defaults();
    assertThat(w.weightOf(Set.of(Role.RESIDENT))).isEqualTo(1);
    assertThat(w.weightOf(Set.of(Role.OFFICIAL))).isEqualTo(3);
    assertThat(w.weightOf(Set.of(Role.MODERATOR))).isEqualTo(3);
    assertThat(w.weightOf(Set.of(Role.ADMIN))).isEqualTo(3);
    assertThat(w).isEqualTo(FlagWeights.parse("resident=1,official=3,moderator=3,admin=3"));
  }

  @Test
  void aMemberWithSeveralRolesFlagsWithTheHighestWeight() {
    FlagWeights w = FlagWeights.parse("resident=1,official=2,moderator=5");
    assertThat(w.weightOf(EnumSet.of(Role.RESIDENT, Role.OFFICIAL))).isEqualTo(2);
    assertThat(w.weightOf(EnumSet.of(Role.RESIDENT, Role.MODERATOR, Role.OFFICIAL))).isEqualTo(5);
  }

  @Test
  void noRolesOrUnlistedRolesWeighOne() {
    FlagWeights w = FlagWeights.parse("moderator=4");
    assertThat(w.weightOf(Set.of())).isEqualTo(1);
    assertThat(w.weightOf(Set.of(Role.RESIDENT))).isEqualTo(1);
    assertThat(w.weightOf(Set.of(Role.ADMIN))).isEqualTo(1);
    assertThat(w.weightOf(Set.of(Role.ADMIN, Role.MODERATOR))).isEqualTo(4);
  }

  @Test
  void spacesAndCaseAreForgiven() {
    FlagWeights w = FlagWeights.parse(" Resident = 2 , OFFICIAL=7 ");
    assertThat(w.weightOf(Set.of(Role.RESIDENT))).isEqualTo(2);
    assertThat(w.weightOf(Set.of(Role.OFFICIAL))).isEqualTo(7);
    assertThat(w).hasToString("resident=2,official=7");
  }

  @Test
  void theConfigurationFormReadsBack() {
    FlagWeights w = FlagWeights.defaults();
    assertThat(w).hasToString("resident=1,official=3,moderator=3,admin=3");
    assertThat(FlagWeights.parse(w.toString())).isEqualTo(w).hasSameHashCodeAs(w);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "",
        " ",
        "resident",
        "resident=",
        "=3",
        "resident=1,",
        ",resident=1",
        "resident=1;official=3",
        "citizen=2",
        "resident=one",
        "resident=0",
        "resident=-1",
        "resident=1001",
        "resident=99999999999",
        "resident=1.5",
        "resident=1,RESIDENT=2",
      })
  void badConfigurationIsRefused(String config) {
    assertThatThrownBy(() -> FlagWeights.parse(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("flag weight");
  }

  @Test
  void missingInputIsRefused() {
    assertThatThrownBy(() -> FlagWeights.parse(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FlagWeights.defaults().weightOf(null))
        .isInstanceOf(NullPointerException.class);
  }
}
