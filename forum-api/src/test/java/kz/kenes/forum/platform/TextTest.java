package kz.kenes.forum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void dropsNulAndOtherControlsFromALine() {
    assertThat(Text.line("Ка\u0000зақ\u0007\u001b[31m\u0085 жол\n\tтақырып"))
        .isEqualTo("Казақ[31m жолтақырып");
  }

  @Test
  void keepsLineBreaksAndTabsOfABody() {
    assertThat(Text.multiline("a\u0000b\r\n\tc\u009b")).isEqualTo("ab\r\n\tc");
  }

  @Test
  void dropsAnOverrideThatIsNeverClosed() {
    assertThat(Text.line("Әкім \u202Egnp.exe")).isEqualTo("Әкім gnp.exe");
    assertThat(Text.line("\u2067x\u2066y\u2069")).isEqualTo("x\u2066y\u2069");
  }

  @Test
  void dropsACloserWithoutItsOpener() {
    assertThat(Text.line("a\u202Cb\u2069c")).isEqualTo("abc");
    assertThat(Text.line("\u2066a\u202Cb\u2069")).isEqualTo("\u2066ab\u2069");
  }

  @Test
  void keepsBalancedControlsAndOrdinaryText() {
    assertThat(Text.line("x \u202Bשלום\u202C y")).isEqualTo("x \u202Bשלום\u202C y");
    assertThat(Text.line("Ақтоғай ауданы")).isEqualTo("Ақтоғай ауданы");
    assertThat(Text.line(null)).isNull();
  }
}
