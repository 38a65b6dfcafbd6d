package kz.kenes.sms;

import java.util.function.Consumer;

/**
 * The one port through which Kenes and its Keycloak extension send SMS. An instance holds a
 * connection (SMPP) or a client (HTTP): open one per application and close it on shutdown. All
 * methods are safe to call from several threads.
 */
public interface SmsGateway extends AutoCloseable {

  /**
   * Hands the message to the SMS centre; a text longer than one segment goes as a concatenated
   * message ({@link Segments}).
   *
   * @return the centre's message id, the one later {@link DeliveryReceipt}s carry
   * @throws SmsException when the centre is unreachable or does not accept the message (then
   *     nothing, or for a long message possibly its first segments, went out; the caller retries)
   */
  String send(SmsMessage message);

  /**
   * Registers a consumer of delivery receipts; it is called on the gateway's own thread and must
   * not block. The HTTP gateway never calls it (generic gateways report delivery their own way).
   */
  void onReceipt(Consumer<DeliveryReceipt> receipts);

  /** Unbinds and releases the connection; sending afterwards fails. */
  @Override
  void close();

  /** The gateway the settings choose; an SMPP gateway binds on the first send, not here. */
  static SmsGateway open(SmsSettings settings) {
    return switch (settings.transport()) {
      case SMPP -> new SmppGateway(settings);
      case HTTP -> new HttpGateway(settings);
      case OFF -> new OffGateway();
    };
  }
}
