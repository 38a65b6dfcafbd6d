package kz.kenes.forum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {
  @Test
  void controlCharactersBecomeEscapesAndTheRestIsKept() {
    assertThat(LogText.escape("/a\tb c\r\nd\u0000e\u001bf\\g\u2028Жол"))
        .isEqualTo("/a\\tb c\\r\\nd\\u0000e\\u001bf\\\\g\\u2028Жол");
    assertThat(LogText.escape(null)).isNull();
  }
}
