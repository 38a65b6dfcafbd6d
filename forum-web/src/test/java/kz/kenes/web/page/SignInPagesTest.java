package kz.kenes.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignInPagesTest {
  @ParameterizedTest
  @CsvSource({
    "/bodies/akzhol/new, /bodies/akzhol/new",
    "/threads/5?lang=ru, /threads/5?lang=ru",
    "https://evil.example/, /",
    "//evil.example/, /",
    "/\\evil.example, /",
    "javascript:alert(1), /",
    "'', /",
    "'/threads/5 x', /",
    "/threads/<5>, /",
    "/threads/%5, /"
  })
  void returnsOnlyToPathsOfThisSite(String next, String expected) {
    assertThat(SignInPages.localPath(next)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/a\tb", "/a\u0000b", "/a\u001bb", "/a\u007fb", "/a\u0085b", "/a\nb"})
  void aControlCharacterSendsHome(String next) {
    assertThat(SignInPages.localPath(next)).isEqualTo("/");
  }
}
