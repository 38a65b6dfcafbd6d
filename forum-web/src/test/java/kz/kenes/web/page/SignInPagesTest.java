package kz.kenes.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInPagesTest {
  @ParameterizedTest
  @CsvSource({
    "/bodies/akzhol/new, /bodies/akzhol/new",
    "/threads/5?lang=ru, /threads/5?lang=ru",
    "https://evil.example/, /",
    "//evil.example/, /",
    "/\\evil.example, /",
    "javascript:alert(1), /",
    "'', /"
  })
  void returnsOnlyToPathsOfThisSite(String next, String expected) {
    assertThat(SignInPages.localPath(next)).isEqualTo(expected);
  }
}
