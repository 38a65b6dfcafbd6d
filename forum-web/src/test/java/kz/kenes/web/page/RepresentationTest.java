package kz.kenes.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import kz.kenes.web.page.Representation.Choice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepresentationTest {
  private static final byte[] PAGE =
      "<p>Ауылымыздағы жолдарды жөндеу керек</p>\n".repeat(40).getBytes(StandardCharsets.UTF_8);

  @Test
  void theGzippedBytesAreThePage() throws IOException {
    Representation page = Representation.of(PAGE);
    assertThat(page.gzip()).isNotNull().hasSizeLessThan(PAGE.length / 5);
    try (var in = new GZIPInputStream(new ByteArrayInputStream(page.gzip()))) {
      assertThat(in.readAllBytes()).isEqualTo(PAGE);
    }
  }

  @Test
  void aPageRenderedForOneRequestIsGzippedOnlyWhenAskedAndWorthIt() throws IOException {
    byte[] once = Representation.gzippedOnce(PAGE, "gzip, deflate, br");
    assertThat(once).isNotNull().hasSizeLessThan(PAGE.length / 5);
    try (var in = new GZIPInputStream(new ByteArrayInputStream(once))) {
      assertThat(in.readAllBytes()).isEqualTo(PAGE);
    }
    assertThat(Representation.gzippedOnce(PAGE, null)).isNull();
    assertThat(Representation.gzippedOnce(PAGE, "gzip;q=0, identity")).isNull();
    assertThat(Representation.gzippedOnce("<p>ok</p>".getBytes(StandardCharsets.UTF_8), "gzip"))
        .isNull();
  }

  @Test
  void aSmallBodyIsNotCompressed() {
    assertThat(Representation.of("body{}".getBytes(StandardCharsets.UTF_8)).gzip()).isNull();
  }

  @Test
  void theTagFollowsTheContent() {
    Representation page = Representation.of(PAGE);
    assertThat(Representation.of(PAGE.clone()).etag()).isEqualTo(page.etag());
    byte[] other = PAGE.clone();
    other[3] = 'q';
    assertThat(Representation.of(other).etag()).isNotEqualTo(page.etag());
    assertThat(page.etag()).startsWith("W/");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "gzip, deflate, br|true",
        "GZIP|true",
        "br;q=1.0, gzip;q=0.8|true",
        "gzip;q=0|false",
        "gzip; q=0.0|false",
        "identity|false",
        "deflate, br|false",
        "*|true",
        "*;q=0|false",
        "br, *;q=0.1|true",
        "gzip;q=0, *|false",
        "x-gzip|true",
        "gzip;q=oops|false",
        "''|false"
      })
  void acceptEncodingDecidesTheEncoding(String acceptEncoding, boolean gzip) {
    assertThat(Representation.acceptsGzip(acceptEncoding)).isEqualTo(gzip);
  }

  @Test
  void aBrowserWithTheSameContentGetsNotModified() {
    Representation page = Representation.of(PAGE);
    String tag = page.etag();
    assertThat(tag).startsWith("W/\"").endsWith("\"");
    String strong = tag.substring(2);
    assertThat(page.choose(tag, "gzip")).isEqualTo(Choice.NOT_MODIFIED);
    assertThat(page.choose(strong, null)).isEqualTo(Choice.NOT_MODIFIED);
    assertThat(page.choose("\"other\", " + tag, null)).isEqualTo(Choice.NOT_MODIFIED);
    assertThat(page.choose("*", null)).isEqualTo(Choice.NOT_MODIFIED);
    assertThat(page.choose("\"other\"", null)).isEqualTo(Choice.IDENTITY);
  }

  @Test
  void gzipIsSentOnlyToClientsThatAcceptIt() {
    Representation page = Representation.of(PAGE);
    assertThat(page.choose(null, "gzip, br")).isEqualTo(Choice.GZIP);
    assertThat(page.choose(null, null)).isEqualTo(Choice.IDENTITY);
    assertThat(page.choose(null, "br")).isEqualTo(Choice.IDENTITY);
    Representation small = Representation.of("body{}".getBytes(StandardCharsets.UTF_8));
    assertThat(small.choose(null, "gzip")).isEqualTo(Choice.IDENTITY);
  }
}
