package kz.kenes.forum.claim;

/**
 * A confirmed-information card was attached to a thread. Fired inside the transaction; observe it
 * after success. Carries ids, never entities.
 */
public record ClaimReviewAttached(long threadId, long claimReviewId, String attachedBy) {}
