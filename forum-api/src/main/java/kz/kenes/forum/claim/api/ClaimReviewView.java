package kz.kenes.forum.claim.api;

import java.time.Instant;
import java.util.List;
import kz.kenes.forum.claim.ClaimReview;
import kz.kenes.forum.claim.ClaimVerdict;

/**
 * A confirmed information card as the API shows it: {@code body} is the body's slug and {@code
 * explanationHtml} the cooked, sanitized HTML of the explanation.
 */
public record ClaimReviewView(
    long id,
    String body,
    String claim,
    ClaimVerdict verdict,
    String explanationHtml,
    List<String> evidence,
    OfficialView official,
    Instant createdAt) {

  public static ClaimReviewView of(ClaimReview card) {
    return new ClaimReviewView(
        card.id(),
        card.body().slug(),
        card.claim(),
        card.verdict(),
        card.explanationCooked(),
        card.evidence(),
        OfficialView.of(card),
        card.createdAt());
  }

  public static List<ClaimReviewView> of(List<ClaimReview> cards) {
    return cards.stream().map(ClaimReviewView::of).toList();
  }
}
