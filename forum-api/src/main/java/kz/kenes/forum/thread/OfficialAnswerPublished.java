package kz.kenes.forum.thread;

/**
 * An official answered a thread, or revised the answer ({@code revision} &gt; 1). Fired inside the
 * transaction; observe it after success.
 */
public record OfficialAnswerPublished(
    long threadId, long answerId, String bodySlug, int revision) {}
