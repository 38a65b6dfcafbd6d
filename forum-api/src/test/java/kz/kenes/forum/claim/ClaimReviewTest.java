package kz.kenes.forum.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyKind;
import kz.kenes.forum.body.BodyLevel;
import kz.kenes.forum.content.CookedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimReviewTest {
  private static final Body BODY =
      Fixtures.body(1, "aktogay", BodyKind.EXECUTIVE, BodyLevel.DISTRICT, null);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://akimat.gov.kz/news/1",
        "http://aktogay.pavlodar.gov.kz",
        "HTTPS://GOV.KZ/Path?x=1&y=2#part",
        "https://gov.kz:8443/a",
        "https://әкімдік.қаз/жаңалықтар",
        "https://egov.kz/cms/ru/articles/%D0%B0"
      })
  void httpAndHttpsLinksWithAHostAreEvidence(String url) {
    assertThat(ClaimReview.isEvidenceUrl(url)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "ftp://gov.kz/file",
        "mailto:akimat@gov.kz",
        "//gov.kz/protocol-relative",
        "/relative/path",
        "gov.kz",
        "https://",
        "https:///path-only",
        "http:gov.kz",
        "https://user:secret@gov.kz/",
        "https://gov.kz@evil.example/",
        "https://gov.kz/a b",
        "https://gov.kz/a\nb",
        "https://gov.kz/\u0000",
        "https://gov.kz/<script>"
      })
  void anythingElseIsNotEvidence(String url) {
    assertThat(ClaimReview.isEvidenceUrl(url)).isFalse();
  }

  @Test
  void aLinkIsAtMostFiveHundredCharacters() {
    String prefix = "https://gov.kz/";
    String longest = prefix + "a".repeat(ClaimReview.URL_MAX - prefix.length());

    assertThat(ClaimReview.isEvidenceUrl(longest)).isTrue();
    assertThat(ClaimReview.isEvidenceUrl(longest + "a")).isFalse();
  }

  @Test
  void evidenceKeepsItsOrderAndMayBeEmpty() {
    List<String> links = List.of("https://b.gov.kz/2", "https://a.gov.kz/1");

    assertThat(card(links).evidence()).containsExactlyElementsOf(links);
    assertThat(card(List.of()).evidence()).isEmpty();
  }

  @Test
  void theCardItselfRefusesUnsafeOrTooManyLinks() {
    List<String> eleven = new ArrayList<>();
    for (int i = 0; i <= ClaimReview.EVIDENCE_MAX; i++) {
      eleven.add("https://gov.kz/" + i);
    }

    assertThatThrownBy(() -> card(List.of("javascript:alert(1)")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> card(eleven)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAttachmentNamesTheThreadAndTheCard() {
    ClaimReview card = Fixtures.withId(card(List.of()), ClaimReview.class, 7);

    ThreadClaimReview attachment = card.attachTo(42, "official", Fixtures.T0);

    assertThat(attachment.id()).isEqualTo(new ThreadClaimReviewId(42, 7));
    assertThat(attachment.attachedBy()).isEqualTo("official");
    assertThat(attachment.attachedAt()).isEqualTo(Fixtures.T0);
  }

  private static ClaimReview card(List<String> evidence) {
    return new ClaimReview(
        BODY,
        "Ауылда су болмайды",
        ClaimVerdict.FALSE,
        "Жоқ",
        new CookedText("<p>Жоқ</p>", 1),
        evidence,
        Fixtures.member("official", "Серік"),
        null,
        Fixtures.T0);
  }
}
