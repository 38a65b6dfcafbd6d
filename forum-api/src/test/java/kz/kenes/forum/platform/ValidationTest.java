package kz.kenes.forum.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidationTest {
  @Test
  void aLineLosesItsControlsAndABodyKeepsItsLineBreaks() {
    Validation check = new Validation();

    assertThat(check.requireLine("title", " Жол\u0000\n жөндеу \u202E", 2, 100))
        .isEqualTo("Жол жөндеу");
    assertThat(check.requireText("body", "Бірінші\u0000 жол\n\tекінші", 2, 100))
        .isEqualTo("Бірінші жол\n\tекінші");
    check.throwIfInvalid();
  }

  @Test
  void onlyControlsIsNoText() {
    Validation check = new Validation();
    check.requireLine("title", "\u0000\u202E\u0007", 1, 100);

    assertThatThrownBy(check::throwIfInvalid)
        .isInstanceOfSatisfying(
            DomainException.InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(new FieldError("title", "validation.required")));
  }
}
