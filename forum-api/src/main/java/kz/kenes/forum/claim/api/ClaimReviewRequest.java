package kz.kenes.forum.claim.api;

import java.util.List;
import kz.kenes.forum.claim.NewClaimReview;

/** What the API accepts to publish a confirmed information card. */
public record ClaimReviewRequest(
    String claim, String verdict, String explanation, List<String> evidence) {

  NewClaimReview toInput() {
    return new NewClaimReview(claim, verdict, explanation, evidence);
  }
}
