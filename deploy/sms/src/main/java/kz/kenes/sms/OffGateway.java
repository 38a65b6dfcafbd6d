package kz.kenes.sms;

import java.util.function.Consumer;

/** {@code KENES_SMS_TRANSPORT=off}: refuses every message so that nobody believes it was sent. */
final class OffGateway implements SmsGateway {

  @Override
  public String send(SmsMessage message) {
    throw new SmsException("SMS is off (KENES_SMS_TRANSPORT=off)");
  }

  @Override
  public void onReceipt(Consumer<DeliveryReceipt> receipts) {
    // no message is ever sent, so no receipt ever comes
  }

  @Override
  public void close() {
    // nothing held
  }
}
