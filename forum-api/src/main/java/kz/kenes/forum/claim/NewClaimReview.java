package kz.kenes.forum.claim;

import java.util.List;

/**
 * What an official submits to publish a confirmed information card, as typed: checked by {@link
 * ClaimReviewService#publish}. {@code evidence} may be null (no links).
 */
public record NewClaimReview(
    String claim, String verdict, String explanation, List<String> evidence) {}
