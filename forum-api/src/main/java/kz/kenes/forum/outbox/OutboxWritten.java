package kz.kenes.forum.outbox;

/**
 * A CDI event: an outbox row was written in the current transaction; the sender wakes after commit.
 */
public record OutboxWritten(OutboxChannel channel) {}
