package kz.kenes.forum.thread;

/**
 * A moderation decision on a thread's opening post, fired inside the decision's transaction: the
 * thread is hidden ({@link Thread#hidden()}) or shown again with it, and everything that copies the
 * thread (the search index) follows.
 */
public record OpeningPostModerated(long threadId) {}
