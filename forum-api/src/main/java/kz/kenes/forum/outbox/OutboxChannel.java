package kz.kenes.forum.outbox;

/** How an outbox message travels. */
public enum OutboxChannel {
  EMAIL,
  SMS
}
