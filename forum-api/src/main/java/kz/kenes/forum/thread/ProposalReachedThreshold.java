package kz.kenes.forum.thread;

import java.time.Instant;

/**
 * A proposal gathered its body's support threshold and now awaits an official response by {@code
 * dueAt}. Fired inside the transaction; observe it after success.
 */
public record ProposalReachedThreshold(
    long threadId, String bodySlug, int supports, Instant dueAt) {}
