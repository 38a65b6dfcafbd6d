package kz.kenes.forum.claim;

/** A card attached to a thread; {@code created} is false when it was attached already. */
public record Attachment(ClaimReview card, boolean created) {}
