package kz.kenes.forum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemMapperTest {
  @Test
  void theLoggedTraceNamesTypesAndFramesButNoMessages() {
    var failure =
        new IllegalStateException(
            "query could not be interpreted",
            new java.sql.SQLException(
                "insert failed: Key (iin)=(900101300123), phone +7 701 123 45 67"));

    String trace = ProblemMapper.trace(failure);

    assertThat(trace)
        .contains("java.lang.IllegalStateException")
        .contains("query could not be interpreted")
        .contains("caused by: java.sql.SQLException")
        .contains("ProblemMapperTest")
        .doesNotContain("900101300123")
        .doesNotContain("701 123");
  }

  @Test
  void aMessageQuotingWhatTheUserTypedCannotForgeALogLine() {
    var failure =
        new IllegalArgumentException(
            "Illegal character in path at index 2: /a\n2026-12-04 INFO KENES-0001 forged\tx\u0000");

    String trace = ProblemMapper.trace(failure);

    assertThat(trace.lines().findFirst().orElseThrow())
        .isEqualTo(
            "java.lang.IllegalArgumentException: Illegal character in path at index 2:"
                + " /a\\n2026-12-04 INFO KENES-0001 forged\\tx\\u0000");
    assertThat(trace.lines().filter(l -> l.contains("forged"))).hasSize(1);
  }
}
