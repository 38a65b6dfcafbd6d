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

    String trace = LogText.trace(failure);

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

    String trace = LogText.trace(failure);

    assertThat(trace.lines().findFirst().orElseThrow())
        .isEqualTo(
            "java.lang.IllegalArgumentException: Illegal character in path at index 2:"
                + " /a\\n2026-12-04 INFO KENES-0001 forged\\tx\\u0000");
    assertThat(trace.lines().filter(l -> l.contains("forged"))).hasSize(1);
  }

  @Test
  void anUnreachableDatabaseOrALockNotGrantedInTimeIsUnavailableOtherFailuresAreNot() {
    var refused =
        new RuntimeException(
            "Unable to acquire JDBC Connection",
            new java.sql.SQLException(
                "IJ031084", new RuntimeException(new java.sql.SQLException("refused", "08001"))));
    assertThat(ProblemMapper.unavailable(refused)).isTrue();
    assertThat(ProblemMapper.unavailable(new java.sql.SQLException("shutting down", "57P01")))
        .isTrue();
    assertThat(
            ProblemMapper.unavailable(
                new java.sql.SQLException("too many connections for database", "53300")))
        .isTrue();
    assertThat(ProblemMapper.unavailable(new java.sql.SQLException("lock timeout", "HYT00")))
        .isTrue();
    assertThat(
            ProblemMapper.unavailable(
                new RuntimeException(new jakarta.persistence.LockTimeoutException("timeout"))))
        .isTrue();
    assertThat(ProblemMapper.unavailable(new java.sql.SQLException("unique", "23505"))).isFalse();
    assertThat(ProblemMapper.unavailable(new NullPointerException())).isFalse();
  }

  @Test
  void aFailureInsideWildFlysOidcClientIsUnavailable() {
    var failure = new NullPointerException();
    failure.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement(
              "org.wildfly.security.http.oidc.JWKPublicKeyLocator", "sendRequest", null, 1)
        });
    assertThat(ProblemMapper.unavailable(new IllegalStateException(failure))).isTrue();
  }
}
