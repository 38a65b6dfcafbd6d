package kz.kenes.forum.thread;

/**
 * A post became public: the opening post of a new thread or a reply. Fired inside the transaction;
 * observers that write durable consequences (follows, notifications, outbox rows) observe it {@code
 * IN_PROGRESS}, in the same transaction; only non-durable side effects run {@code AFTER_SUCCESS}.
 * Carries ids, never entities. {@code inReplyToPostId} is the post a reply quotes, or null.
 */
public record PostPublished(long threadId, long postId, String bodySlug, Long inReplyToPostId) {}
