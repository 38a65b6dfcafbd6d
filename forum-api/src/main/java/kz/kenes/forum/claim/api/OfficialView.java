package kz.kenes.forum.claim.api;

import kz.kenes.forum.claim.ClaimReview;

/** Who signed a card: the official's name and position (null when none is recorded). */
public record OfficialView(String name, String position) {
  public static OfficialView of(ClaimReview card) {
    return new OfficialView(card.official().displayName(), card.officialPosition());
  }
}
