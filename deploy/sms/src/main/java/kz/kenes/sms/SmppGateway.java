package kz.kenes.sms;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCoding;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.InvalidDeliveryReceiptException;

/**
 * SMPP 3.4 over jSMPP: one transceiver bind (submits out, delivery receipts in), made on the first
 * send and made again, with backoff, when the centre drops it. Each segment is a {@code submit_sm}
 * with {@code data_coding} 0x08 (UCS-2) or 0x00 (GSM-7), a concatenation UDH ({@code esm_class}
 * 0x40, 8-bit reference) when there are several, and {@code registered_delivery} asking for a
 * receipt on success and failure.
 */
final class SmppGateway implements SmsGateway {

  private static final System.Logger LOG = System.getLogger(SmppGateway.class.getName());
  private static final long BIND_TIMEOUT_MS = 10_000;
  private static final long TRANSACTION_TIMEOUT_MS = 10_000;
  private static final int ENQUIRE_LINK_MS = 30_000;
  private static final long MAX_BACKOFF_MS = 60_000;
  private static final int REMEMBERED_IDS = 10_000;

  private final SmsSettings settings;
  private final List<Consumer<DeliveryReceipt>> receiptConsumers = new CopyOnWriteArrayList<>();
  private final AtomicInteger reference =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(256));
  private final ScheduledExecutorService reconnector;

  /** Segment id → the id send returned, so that every segment's receipt names the message. */
  private final Map<String, String> messageOfSegment =
      new LinkedHashMap<>(256, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > REMEMBERED_IDS;
        }
      };

  private final Object lock = new Object();
  private SMPPSession session; // guarded by lock
  private long backoffMs = 1_000; // guarded by lock
  private boolean reconnectScheduled; // guarded by lock
  private volatile boolean closed;

  SmppGateway(SmsSettings settings) {
    this.settings = settings;
    this.reconnector =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "kenes-smpp-reconnect");
              thread.setDaemon(true);
              return thread;
            });
  }

  @Override
  public String send(SmsMessage message) {
    Segments segments = Segments.of(message.text());
    SMPPSession bound = bound();
    DataCoding coding =
        new GeneralDataCoding(
            segments.encoding() == Segments.Encoding.UCS2
                ? Alphabet.ALPHA_UCS2
                : Alphabet.ALPHA_DEFAULT);
    int ref = reference.incrementAndGet() & 0xFF;
    String first = null;
    for (int i = 0; i < segments.count(); i++) {
      byte[] text = segments.bytes(i);
      byte[] payload =
          segments.concatenated() ? withHeader(ref, segments.count(), i + 1, text) : text;
      String id;
      try {
        id =
            bound
                .submitShortMessage(
                    "",
                    senderTon(),
                    senderNpi(),
                    settings.sender(),
                    TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN,
                    message.to().substring(1),
                    new ESMClass(segments.concatenated() ? 0x40 : 0),
                    (byte) 0,
                    (byte) 1,
                    null,
                    null,
                    new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                    (byte) 0,
                    coding,
                    (byte) 0,
                    payload)
                .getMessageId();
      } catch (NegativeResponseException e) {
        throw new SmsException(
            "the SMS centre refused the message: status 0x"
                + Integer.toHexString(e.getCommandStatus()),
            e);
      } catch (ResponseTimeoutException | IOException e) {
        drop(bound);
        throw new SmsException("the SMS centre did not answer: " + e.getClass().getSimpleName(), e);
      } catch (PDUException | InvalidResponseException e) {
        throw new SmsException("the SMS centre could not take the message", e);
      }
      if (first == null) {
        first = id;
      }
      synchronized (messageOfSegment) {
        messageOfSegment.put(id, first);
      }
    }
    String messageId = first;
    LOG.log(
        System.Logger.Level.DEBUG,
        () ->
            "SMS to "
                + PhoneNumbers.mask(message.to())
                + " accepted as "
                + messageId
                + " in "
                + segments.count()
                + " segment(s)");
    return messageId;
  }

  @Override
  public void onReceipt(Consumer<DeliveryReceipt> receipts) {
    receiptConsumers.add(java.util.Objects.requireNonNull(receipts, "receipts"));
  }

  @Override
  public void close() {
    closed = true;
    reconnector.shutdownNow();
    SMPPSession last;
    synchronized (lock) {
      last = session;
      session = null;
    }
    if (last != null) {
      // outside the lock: jSMPP reports the state change on its own thread; a centre that does
      // not answer the unbind holds a shutdown for 2 s at most
      last.setTransactionTimer(2_000);
      last.unbindAndClose();
    }
  }

  /** The bound session, binding now when there is none. */
  private SMPPSession bound() {
    if (closed) {
      throw new SmsException("the SMS gateway is closed");
    }
    synchronized (lock) {
      if (session != null && session.getSessionState().isBound()) {
        return session;
      }
      try {
        session = bind();
        backoffMs = 1_000;
        return session;
      } catch (IOException e) {
        session = null;
        throw new SmsException(
            "cannot bind to the SMS centre at "
                + settings.smppHost()
                + ":"
                + settings.smppPort()
                + ": "
                + e.getMessage(),
            e);
      }
    }
  }

  private SMPPSession bind() throws IOException {
    SMPPSession fresh = new SMPPSession();
    fresh.setTransactionTimer(TRANSACTION_TIMEOUT_MS);
    fresh.setEnquireLinkTimer(ENQUIRE_LINK_MS);
    fresh.setMessageReceiverListener(new Receipts());
    fresh.connectAndBind(
        settings.smppHost(),
        settings.smppPort(),
        new BindParameter(
            BindType.BIND_TRX,
            settings.smppSystemId(),
            settings.smppPassword(),
            "",
            TypeOfNumber.UNKNOWN,
            NumberingPlanIndicator.UNKNOWN,
            null),
        BIND_TIMEOUT_MS);
    fresh.addSessionStateListener(this::stateChanged);
    LOG.log(System.Logger.Level.INFO, () -> "bound to the SMS centre: " + settings);
    return fresh;
  }

  /** A dropped session is bound again in the background so that receipts keep coming. */
  private void stateChanged(SessionState now, SessionState before, Session which) {
    if (now != SessionState.CLOSED || closed) {
      return;
    }
    synchronized (lock) {
      if (session != which) {
        return;
      }
      session = null;
      scheduleReconnect();
    }
    LOG.log(System.Logger.Level.WARNING, "the SMS centre closed the SMPP session; binding again");
  }

  private void drop(SMPPSession broken) {
    synchronized (lock) {
      if (session != broken) {
        return;
      }
      session = null;
      scheduleReconnect();
    }
    broken.close();
  }

  /** Called with the lock held. */
  private void scheduleReconnect() {
    if (reconnectScheduled || closed) {
      return;
    }
    reconnectScheduled = true;
    long delay = backoffMs;
    backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
    try {
      reconnector.schedule(this::reconnect, delay, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      reconnectScheduled = false;
    }
  }

  private void reconnect() {
    synchronized (lock) {
      reconnectScheduled = false;
      if (closed || (session != null && session.getSessionState().isBound())) {
        return;
      }
      try {
        session = bind();
        backoffMs = 1_000;
      } catch (IOException e) {
        session = null;
        LOG.log(
            System.Logger.Level.WARNING,
            () -> "cannot bind to the SMS centre again (" + e.getMessage() + "); retrying");
        scheduleReconnect();
      }
    }
  }

  private TypeOfNumber senderTon() {
    return settings.sender().matches("[0-9]{1,15}")
        ? TypeOfNumber.INTERNATIONAL
        : TypeOfNumber.ALPHANUMERIC;
  }

  private NumberingPlanIndicator senderNpi() {
    return settings.sender().matches("[0-9]{1,15}")
        ? NumberingPlanIndicator.ISDN
        : NumberingPlanIndicator.UNKNOWN;
  }

  /** The 3GPP TS 23.040 concatenation header (IEI 0x00, 8-bit reference) before the text. */
  static byte[] withHeader(int reference, int total, int seq, byte[] text) {
    byte[] payload = new byte[6 + text.length];
    payload[0] = 0x05;
    payload[1] = 0x00;
    payload[2] = 0x03;
    payload[3] = (byte) reference;
    payload[4] = (byte) total;
    payload[5] = (byte) seq;
    System.arraycopy(text, 0, payload, 6, text.length);
    return payload;
  }

  /** Hands the SMS centre's delivery receipts to the registered consumers. */
  private final class Receipts implements MessageReceiverListener {

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
      if (!MessageType.SMSC_DEL_RECEIPT.containedIn(deliverSm.getEsmClass())) {
        return; // a mobile-originated message: Kenes receives none
      }
      org.jsmpp.bean.DeliveryReceipt text;
      try {
        text = deliverSm.getShortMessageAsDeliveryReceipt();
      } catch (InvalidDeliveryReceiptException e) {
        LOG.log(System.Logger.Level.WARNING, "an unreadable delivery receipt was ignored");
        return;
      }
      OptionalParameter receipted =
          deliverSm.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID);
      String segmentId =
          receipted instanceof OptionalParameter.COctetString octets
              ? octets.getValueAsString()
              : text.getId();
      DeliveryReceipt receipt =
          new DeliveryReceipt(
              messageOf(segmentId),
              state(text.getFinalStatus()),
              text.getDoneDate() == null ? Instant.now() : text.getDoneDate().toInstant(),
              text.getError());
      for (Consumer<DeliveryReceipt> consumer : receiptConsumers) {
        try {
          consumer.accept(receipt);
        } catch (RuntimeException e) {
          LOG.log(System.Logger.Level.WARNING, "a delivery receipt consumer failed", e);
        }
      }
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
      // Kenes does not ask to be alerted
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source)
        throws ProcessRequestException {
      throw new ProcessRequestException(
          "data_sm is not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }
  }

  /**
   * The message id of a segment's id. Centres differ in writing the receipt's id in hex or decimal
   * where submit_sm_resp gave the other; both are tried.
   */
  private String messageOf(String segmentId) {
    synchronized (messageOfSegment) {
      String known = messageOfSegment.get(segmentId);
      if (known != null) {
        return known;
      }
      try {
        String hex = Long.toHexString(Long.parseLong(segmentId));
        for (String candidate : List.of(hex, hex.toUpperCase(java.util.Locale.ROOT))) {
          if (messageOfSegment.containsKey(candidate)) {
            return messageOfSegment.get(candidate);
          }
        }
      } catch (NumberFormatException notDecimal) {
        // tried below as hex
      }
      try {
        String decimal = Long.toString(Long.parseLong(segmentId, 16));
        if (messageOfSegment.containsKey(decimal)) {
          return messageOfSegment.get(decimal);
        }
      } catch (NumberFormatException notHex) {
        // an id of the centre's own form
      }
      return segmentId;
    }
  }

  private static DeliveryReceipt.State state(org.jsmpp.util.DeliveryReceiptState state) {
    if (state == null) {
      return DeliveryReceipt.State.UNKNOWN;
    }
    return switch (state) {
      case ENROUTE -> DeliveryReceipt.State.ENROUTE;
      case DELIVRD -> DeliveryReceipt.State.DELIVERED;
      case EXPIRED -> DeliveryReceipt.State.EXPIRED;
      case DELETED -> DeliveryReceipt.State.DELETED;
      case UNDELIV -> DeliveryReceipt.State.UNDELIVERABLE;
      case ACCEPTD -> DeliveryReceipt.State.ACCEPTED;
      case REJECTD -> DeliveryReceipt.State.REJECTED;
      default -> DeliveryReceipt.State.UNKNOWN;
    };
  }
}
