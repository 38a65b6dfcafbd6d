package kz.kenes.forum.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThreadCursorTest {
  @Test
  void roundTripsWithMicrosecondPrecision() {
    ThreadCursor cursor = new ThreadCursor(Instant.parse("2026-11-27T10:15:30.123456Z"), 42);

    assertThat(ThreadCursor.decode(cursor.encode())).contains(cursor);
    assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "not-a-cursor", "MTIz", "eA", "////", "MTIzX2FiYw"})
  void garbageIsNotACursor(String text) {
    assertThat(ThreadCursor.decode(text)).isEmpty();
  }

  @Test
  void nullIsNotACursor() {
    assertThat(ThreadCursor.decode(null)).isEmpty();
  }
}
