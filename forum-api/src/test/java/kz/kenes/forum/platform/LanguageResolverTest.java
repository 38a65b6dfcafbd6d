package kz.kenes.forum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageResolverTest {
  @Test
  void takesTheFirstSupportedLanguageOfTheBrowser() {
    assertThat(LanguageResolver.fromAcceptLanguage("ru-RU,ru;q=0.9,en;q=0.8"))
        .contains(Language.RU);
    assertThat(LanguageResolver.fromAcceptLanguage("de-DE,en;q=0.5")).contains(Language.EN);
    assertThat(LanguageResolver.fromAcceptLanguage("kk-KZ")).contains(Language.KK);
  }

  @Test
  void unknownOrMalformedHeadersChooseNothing() {
    assertThat(LanguageResolver.fromAcceptLanguage("de, fr")).isEmpty();
    assertThat(LanguageResolver.fromAcceptLanguage("")).isEmpty();
    assertThat(LanguageResolver.fromAcceptLanguage(null)).isEmpty();
    assertThat(LanguageResolver.fromAcceptLanguage(";;;q=x")).isEmpty();
  }

  @Test
  void tagsAreReadCaseInsensitively() {
    assertThat(Language.fromTag("RU")).contains(Language.RU);
    assertThat(Language.fromTag("kk-Cyrl-KZ")).contains(Language.KK);
    assertThat(Language.fromTag("xx")).isEmpty();
  }

  @Test
  void messagesFallBackToAVisibleMarkerAndFormatArguments() {
    assertThat(Messages.of(Language.EN).get("no.such.key")).isEqualTo("??no.such.key??");
    assertThat(Messages.of(Language.EN).get("thread.posts", 3)).isEqualTo("3 posts");
    assertThat(Messages.of(Language.RU).get("error.status", 404)).isEqualTo("Код ошибки: 404");
    assertThat(Messages.of(Language.KK).get("nav.login")).isEqualTo("Кіру");
  }
}
