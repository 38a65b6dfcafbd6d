package kz.kenes.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SegmentsTest {

  /** A Kazakh letter that GSM-7 lacks, so that every text built from it is UCS-2. */
  private static String kazakh(int length) {
    return "ә".repeat(length);
  }

  @Test
  void seventyUcs2CharactersAreOneSegment() {
    Segments segments = Segments.of(kazakh(70));
    assertThat(segments.encoding()).isEqualTo(Segments.Encoding.UCS2);
    assertThat(segments.count()).isEqualTo(1);
    assertThat(segments.concatenated()).isFalse();
    assertThat(segments.bytes(0)).hasSize(140);
  }

  @Test
  void seventyOneUcs2CharactersAreTwoSegmentsOf67AndFour() {
    Segments segments = Segments.of(kazakh(71));
    assertThat(segments.count()).isEqualTo(2);
    assertThat(segments.parts()).extracting(String::length).containsExactly(67, 4);
    assertThat(segments.concatenated()).isTrue();
  }

  @Test
  void hundredThirtyFourUcs2CharactersAreTwoFullSegments() {
    assertThat(Segments.of(kazakh(134)).parts()).extracting(String::length).containsExactly(67, 67);
  }

  @Test
  void hundredThirtyFiveUcs2CharactersAreThreeSegments() {
    Segments segments = Segments.of(kazakh(135));
    assertThat(segments.parts()).extracting(String::length).containsExactly(67, 67, 1);
    assertThat(Segments.count(kazakh(135))).isGreaterThan(Segments.MAX_KENES_SEGMENTS);
  }

  @Test
  void oneCyrillicLetterMakesTheWholeTextUcs2() {
    Segments segments = Segments.of("Kenes code 123456. Код: 123456");
    assertThat(segments.encoding()).isEqualTo(Segments.Encoding.UCS2);
    assertThat(segments.bytes(0))
        .isEqualTo("Kenes code 123456. Код: 123456".getBytes(StandardCharsets.UTF_16BE));
  }

  @Test
  void hundredSixtyGsm7CharactersAreOneSegment() {
    Segments segments = Segments.of("a".repeat(160));
    assertThat(segments.encoding()).isEqualTo(Segments.Encoding.GSM7);
    assertThat(segments.count()).isEqualTo(1);
  }

  @Test
  void hundredSixtyOneGsm7CharactersAreTwoSegmentsOf153AndEight() {
    assertThat(Segments.of("a".repeat(161)).parts())
        .extracting(String::length)
        .containsExactly(153, 8);
  }

  @Test
  void gsm7ExtensionCharactersCountTwoSeptetsAndAreNeverSplit() {
    assertThat(Segments.of("€".repeat(80)).count()).isEqualTo(1);
    Segments segments = Segments.of("a" + "€".repeat(80));
    // 161 septets: 1 + 76 euro signs fit 153, the 77th would need septets 154 and 155
    assertThat(segments.parts()).extracting(String::length).containsExactly(77, 4);
    assertThat(segments.bytes(0)).hasSize(153);
  }

  @Test
  void surrogatePairsAreNeverSplit() {
    String text = "ә".repeat(66) + "😀" + "ә".repeat(3); // 71 code units
    Segments segments = Segments.of(text);
    assertThat(segments.parts()).extracting(String::length).containsExactly(66, 5);
    assertThat(String.join("", segments.parts())).isEqualTo(text);
  }

  @Test
  void partsJoinToTheWholeText() {
    String text =
        "Өтініш №12-345 тіркелді, жауап мерзімі 25.12.2026. Kenes: https://kenes.kz/a/12345";
    assertThat(String.join("", Segments.of(text).parts())).isEqualTo(text);
    assertThat(Segments.of(text).count()).isEqualTo(2);
  }

  @Test
  void gsm7RoundTripsBasicAndExtensionCharacters() {
    String text = "Kenes @£$ {code} [1] ~ € ^ | \\ ÄÖÑÜ§¿äöñüà";
    assertThat(Gsm7.canEncode(text)).isTrue();
    byte[] septets = Gsm7.encode(text);
    assertThat(Gsm7.decode(septets, 0, septets.length)).isEqualTo(text);
    assertThat(Gsm7.encode("@A")).containsExactly(0x00, 0x41);
    assertThat(Gsm7.encode("€")).containsExactly(0x1B, 0x65);
  }
}
