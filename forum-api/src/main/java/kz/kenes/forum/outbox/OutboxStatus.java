package kz.kenes.forum.outbox;

/**
 * Where an outbox message is: waiting to be sent (first try or a retry), accepted by the mail
 * server or SMS centre, or given up after the retries ran out (an admin may send it again).
 */
public enum OutboxStatus {
  PENDING,
  SENT,
  FAILED
}
