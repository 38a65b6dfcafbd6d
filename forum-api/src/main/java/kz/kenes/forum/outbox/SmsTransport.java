package kz.kenes.forum.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import kz.kenes.forum.platform.ForumLog;
import kz.kenes.forum.platform.LogText;
import kz.kenes.forum.platform.Settings;
import kz.kenes.sms.DeliveryReceipt;
import kz.kenes.sms.SmsGateway;
import kz.kenes.sms.SmsMessage;
import kz.kenes.sms.SmsSettings;

/**
 * SMS through the kenes-sms library: one {@link SmsGateway} for the application (SMPP to the
 * operator's SMS centre or a generic HTTP gateway, chosen by {@code KENES_SMS_TRANSPORT}), opened
 * on the first message and closed on shutdown. The centre's delivery receipts are stored on the
 * message they name ({@code receipt_status}, {@code receipt_ms}).
 */
@ApplicationScoped
public class SmsTransport implements MessageTransport {
  /** A receipt may overtake the sender's own record of the centre's id: tried this often. */
  static final int RECEIPT_TRIES = 5;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject OutboxStore store;

  private SmsGateway gateway;

  @PostConstruct
  void open() {
    gateway = SmsGateway.open(SmsSettings.from(Settings::byName));
    gateway.onReceipt(receipt -> scheduler.execute(() -> store(receipt, 1)));
  }

  @Override
  public OutboxChannel channel() {
    return OutboxChannel.SMS;
  }

  @Override
  public String send(OutgoingMessage message) {
    return gateway.send(new SmsMessage(message.recipient(), message.text()));
  }

  private void store(DeliveryReceipt receipt, int attempt) {
    try {
      if (store.receipt(receipt.messageId(), receipt.state().name(), receipt.doneAt()) == 0
          && attempt < RECEIPT_TRIES) {
        scheduler.schedule(() -> store(receipt, attempt + 1), attempt, TimeUnit.SECONDS);
      }
    } catch (RuntimeException failure) {
      ForumLog.LOG.receiptNotStored(LogText.types(failure));
    }
  }

  @PreDestroy
  void close() {
    if (gateway != null) {
      gateway.close();
    }
  }
}
