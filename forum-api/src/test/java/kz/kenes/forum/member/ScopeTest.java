package kz.kenes.forum.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {

  @Test
  void everyBodyCoversAnyIdAndFiltersNothing() {
    Scope all = Scope.all();
    assertThat(all.everyBody()).isTrue();
    assertThat(all.isEmpty()).isFalse();
    assertThat(all.covers(42)).isTrue();
    assertThat(all.bodyIds()).isEmpty();
  }

  @Test
  void aSetOfBodiesCoversThoseOnly() {
    Scope some = Scope.of(Set.of(1L, 2L));
    assertThat(some.everyBody()).isFalse();
    assertThat(some.covers(1)).isTrue();
    assertThat(some.covers(3)).isFalse();
    assertThat(some.bodyIds()).contains(Set.of(1L, 2L));
  }

  @Test
  void noBodyIsEmptyAndCoversNothing() {
    Scope none = Scope.of(Set.of());
    assertThat(none.isEmpty()).isTrue();
    assertThat(none.covers(1)).isFalse();
    assertThat(none.bodyIds()).contains(Set.of());
  }
}
