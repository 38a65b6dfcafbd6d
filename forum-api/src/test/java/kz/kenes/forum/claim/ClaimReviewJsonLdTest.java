package kz.kenes.forum.claim;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyKind;
import kz.kenes.forum.body.BodyLevel;
import kz.kenes.forum.platform.Language;
import kz.kenes.forum.platform.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClaimReviewJsonLdTest {
  private static final String PAGE = "https://kenes.kz/threads/42";
  private static final Body BODY =
      Fixtures.withId(
          new Body(
              "aktogay-district-akimat",
              new LocalizedText(
                  "Ақтоғай ауданының әкімдігі",
                  "Акимат Актогайского района",
                  "Aktogay District Akimat"),
              BodyKind.EXECUTIVE,
              BodyLevel.DISTRICT,
              null,
              Fixtures.T0),
          Body.class,
          2);

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void userTextCannotCloseTheScriptElement() {
    String attack = "</script><script>alert(1)</script> & <!-- \u2028\u2029";
    ClaimReview card = Fixtures.card(7, BODY, attack, ClaimVerdict.FALSE);

    String json = ClaimReviewJsonLd.render(card, PAGE + "?q=<x>&y", Language.EN);

    assertThat(json)
        .doesNotContain("</script")
        .doesNotContain("<")
        .doesNotContain(">")
        .doesNotContain("&")
        .doesNotContain("\u2028")
        .doesNotContain("\u2029")
        .contains("\\u003c/script\\u003e")
        .contains("\\u0026")
        .contains("\\u2028")
        .contains("\\u2029");
    JsonObject parsed = parse(json);
    assertThat(parsed.getString("claimReviewed")).isEqualTo(attack);
    assertThat(parsed.getString("url")).isEqualTo(PAGE + "?q=<x>&y");
  }

  @Test
  void anEscapedBackslashBeforeAnAngleBracketStaysValid() {
    String claim = "a\\<b\\\\>c \"quoted\"";
    String json =
        ClaimReviewJsonLd.render(
            Fixtures.card(7, BODY, claim, ClaimVerdict.FALSE), PAGE, Language.KK);

    assertThat(json).doesNotContain("<").doesNotContain(">");
    assertThat(parse(json).getString("claimReviewed")).isEqualTo(claim);
  }

  @Test
  void itIsASchemaOrgClaimReviewByTheBody() {
    ClaimReview card = Fixtures.card(7, BODY, "Ауылда су болмайды", ClaimVerdict.FALSE);

    JsonObject json = parse(ClaimReviewJsonLd.render(card, PAGE, Language.RU));

    assertThat(json.getString("@context")).isEqualTo("https://schema.org");
    assertThat(json.getString("@type")).isEqualTo("ClaimReview");
    assertThat(json.getString("url")).isEqualTo(PAGE);
    assertThat(json.getString("claimReviewed")).isEqualTo("Ауылда су болмайды");
    assertThat(json.getString("datePublished")).isEqualTo("2026-11-27T05:00:00Z");
    JsonObject author = json.getJsonObject("author");
    assertThat(author.getString("@type")).isEqualTo("GovernmentOrganization");
    assertThat(author.getString("name")).isEqualTo("Акимат Актогайского района");
    JsonObject rating = json.getJsonObject("reviewRating");
    assertThat(rating.getString("@type")).isEqualTo("Rating");
    assertThat(rating.getInt("ratingValue")).isEqualTo(1);
    assertThat(rating.getInt("bestRating")).isEqualTo(4);
    assertThat(rating.getInt("worstRating")).isEqualTo(1);
    assertThat(rating.getString("alternateName")).isEqualTo("Ложь");
  }

  @ParameterizedTest
  @EnumSource(ClaimVerdict.class)
  void theRatingRunsFromFalseToConfirmed(ClaimVerdict verdict) {
    int expected =
        Map.of(
                ClaimVerdict.FALSE, 1,
                ClaimVerdict.MISLEADING, 2,
                ClaimVerdict.UNVERIFIED, 3,
                ClaimVerdict.CONFIRMED, 4)
            .get(verdict);

    JsonObject rating =
        parse(
                ClaimReviewJsonLd.render(
                    Fixtures.card(7, BODY, "Су болмайды", verdict), PAGE, Language.EN))
            .getJsonObject("reviewRating");

    assertThat(rating.getInt("ratingValue")).isEqualTo(expected).isBetween(1, 4);
    assertThat(rating.getInt("bestRating")).isEqualTo(4);
    assertThat(rating.getInt("worstRating")).isEqualTo(1);
  }

  @Test
  void theVerdictIsNamedInThePageLanguage() {
    Map<Language, List<String>> labels =
        Map.of(
            Language.KK, List.of("Расталды", "Жалған", "Жаңылыстыратын", "Тексерілмеген"),
            Language.RU, List.of("Подтверждено", "Ложь", "Вводит в заблуждение", "Не проверено"),
            Language.EN, List.of("Confirmed", "False", "Misleading", "Unverified"));
    List<ClaimVerdict> order =
        List.of(
            ClaimVerdict.CONFIRMED,
            ClaimVerdict.FALSE,
            ClaimVerdict.MISLEADING,
            ClaimVerdict.UNVERIFIED);

    labels.forEach(
        (language, names) -> {
          for (int i = 0; i < order.size(); i++) {
            JsonObject json =
                parse(
                    ClaimReviewJsonLd.render(
                        Fixtures.card(7, BODY, "Су болмайды", order.get(i)), PAGE, language));
            assertThat(json.getJsonObject("reviewRating").getString("alternateName"))
                .isEqualTo(names.get(i));
            assertThat(json.getJsonObject("author").getString("name"))
                .isEqualTo(BODY.name().in(language));
          }
        });
  }

  @Test
  void severalCardsMakeAnEscapedArray() {
    String json =
        ClaimReviewJsonLd.render(
            List.of(
                Fixtures.card(7, BODY, "</script>", ClaimVerdict.FALSE),
                Fixtures.card(8, BODY, "Су болады", ClaimVerdict.CONFIRMED)),
            PAGE,
            Language.KK);

    assertThat(json).doesNotContain("</script").doesNotContain("<");
    JsonArray array = Json.createReader(new StringReader(json)).readArray();
    assertThat(array).hasSize(2);
    assertThat(array.getJsonObject(0).getString("claimReviewed")).isEqualTo("</script>");
    assertThat(array.getJsonObject(1).getJsonObject("reviewRating").getInt("ratingValue"))
        .isEqualTo(4);
  }
}
