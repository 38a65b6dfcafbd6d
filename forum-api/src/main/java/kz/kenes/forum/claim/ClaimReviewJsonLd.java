package kz.kenes.forum.claim;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import java.io.StringWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kz.kenes.forum.platform.Language;
import kz.kenes.forum.platform.Messages;

/**
 * A card as schema.org <a href="https://schema.org/ClaimReview">ClaimReview</a> JSON-LD, for a
 * {@code <script type="application/ld+json">} block of the page that shows it, so that search
 * engines show the body's verdict next to the rumour. The text is safe to embed in HTML as it is:
 * {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are written as JSON unicode escapes, so no
 * user text can close the script element.
 */
public final class ClaimReviewJsonLd {
  private ClaimReviewJsonLd() {}

  /** One card's ClaimReview object; {@code pageUrl} is the absolute URL of the page showing it. */
  public static String render(ClaimReview card, String pageUrl, Language language) {
    return embeddable(toJson(card, pageUrl, language));
  }

  /** Several cards of one page as a JSON-LD array (write nothing when the list is empty). */
  public static String render(List<ClaimReview> cards, String pageUrl, Language language) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    cards.forEach(card -> array.add(toJson(card, pageUrl, language)));
    StringWriter out = new StringWriter();
    try (JsonWriter writer = Json.createWriter(out)) {
      writer.writeArray(array.build());
    }
    return escapeForScript(out.toString());
  }

  static JsonObject toJson(ClaimReview card, String pageUrl, Language language) {
    Messages messages = Messages.of(language);
    ClaimVerdict verdict = card.verdict();
    return Json.createObjectBuilder()
        .add("@context", "https://schema.org")
        .add("@type", "ClaimReview")
        .add("url", pageUrl)
        .add("claimReviewed", card.claim())
        .add(
            "reviewRating",
            Json.createObjectBuilder()
                .add("@type", "Rating")
                .add("ratingValue", verdict.rating())
                .add("bestRating", ClaimVerdict.BEST_RATING)
                .add("worstRating", ClaimVerdict.WORST_RATING)
                .add("alternateName", messages.label(verdict)))
        .add(
            "author",
            Json.createObjectBuilder()
                .add("@type", "GovernmentOrganization")
                .add("name", card.body().name().in(language)))
        .add("datePublished", card.createdAt().truncatedTo(ChronoUnit.SECONDS).toString())
        .build();
  }

  private static String embeddable(JsonObject json) {
    StringWriter out = new StringWriter();
    try (JsonWriter writer = Json.createWriter(out)) {
      writer.writeObject(json);
    }
    return escapeForScript(out.toString());
  }

  /**
   * Escapes what could end a script element or break a JavaScript parser. These characters only
   * occur inside JSON strings, where a unicode escape means the same character.
   */
  static String escapeForScript(String json) {
    StringBuilder out = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
