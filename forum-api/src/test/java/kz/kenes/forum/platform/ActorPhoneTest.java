package kz.kenes.forum.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorPhoneTest {
  @Test
  void onlyTheJsonBooleanTrueVerifiesTheNumber() {
    assertThat(CurrentActor.verifiedPhone("+77011234567", Boolean.TRUE)).isEqualTo("+77011234567");
    assertThat(CurrentActor.verifiedPhone("+77011234567", "true")).isNull();
    assertThat(CurrentActor.verifiedPhone("+77011234567", Boolean.FALSE)).isNull();
    assertThat(CurrentActor.verifiedPhone("+77011234567", null)).isNull();
  }

  @Test
  void aVerifiedNumberThatIsNotAKazakhMobileInE164IsNotTrusted() {
    assertThat(CurrentActor.verifiedPhone("87011234567", true)).isNull();
    assertThat(CurrentActor.verifiedPhone("+7 701 123 45 67", true)).isNull();
    assertThat(CurrentActor.verifiedPhone("+77272123456x", true)).isNull();
    assertThat(CurrentActor.verifiedPhone("+79161234567", true)).isNull();
    assertThat(CurrentActor.verifiedPhone(null, true)).isNull();
    assertThat(CurrentActor.verifiedPhone(77011234567L, true)).isNull();
  }

  @Test
  void theActorOffersItsPhoneOnlyWhenItHasOne() {
    Set<Role> roles = Set.of(Role.RESIDENT);
    assertThat(new Actor("a", "A", roles, null, "+77011234567").phone()).contains("+77011234567");
    assertThat(new Actor("a", "A", roles).phone()).isEmpty();
    assertThatThrownBy(() -> new Actor("a", "A", roles, null, "87011234567"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
