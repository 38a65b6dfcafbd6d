package kz.kenes.forum.outbox;

/**
 * How messages of one channel leave: the mail server for email, the SMS centre for SMS. The outbox
 * sender calls it outside any transaction, once per claimed message.
 */
public interface MessageTransport {
  OutboxChannel channel();

  /**
   * Hands the message over; returns the id the SMS centre gave it (for delivery receipts), or null.
   * Throws when the message was not accepted: the sender tries again later. The exception's type is
   * stored, never its message.
   */
  String send(OutgoingMessage message) throws Exception;
}
