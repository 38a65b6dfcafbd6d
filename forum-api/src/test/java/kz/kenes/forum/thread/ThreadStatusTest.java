package kz.kenes.forum.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (from, to) pair of the thread state machine. */
class ThreadStatusTest {
  private static final Set<String> ALLOWED =
      Set.of(
          "OPEN>AWAITING_RESPONSE",
          "OPEN>ANSWERED",
          "OPEN>CLOSED",
          "AWAITING_RESPONSE>ANSWERED",
          "AWAITING_RESPONSE>CLOSED",
          "ANSWERED>CLOSED",
          "CLOSED>OPEN");

  static Stream<Arguments> pairs() {
    return Stream.of(ThreadStatus.values())
        .flatMap(from -> Stream.of(ThreadStatus.values()).map(to -> Arguments.of(from, to)));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void onlyTheAllowedMovesAreAllowed(ThreadStatus from, ThreadStatus to) {
    assertThat(from.canBecome(to)).isEqualTo(ALLOWED.contains(from + ">" + to));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void onlyClosedThreadsRefusePosts(ThreadStatus from, ThreadStatus ignored) {
    assertThat(from.acceptsPosts()).isEqualTo(from != ThreadStatus.CLOSED);
  }
}
