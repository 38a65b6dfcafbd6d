package kz.kenes.sms.centre;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import kz.kenes.sms.Gsm7;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

/**
 * What the centre does with each request of a bound client: {@code submit_sm} is decoded (GSM-7,
 * ASCII, Latin-1 or UCS-2; a concatenation UDH or SAR parameters), stored, and answered with a
 * delivery receipt when {@code registered_delivery} asks; everything else is refused.
 */
final class Submissions implements ServerMessageReceiverListener {

  private static final System.Logger LOG = System.getLogger(Submissions.class.getName());

  private final DevSmsCentre centre;

  Submissions(DevSmsCentre centre) {
    this.centre = centre;
  }

  @Override
  public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source)
      throws ProcessRequestException {
    String digits =
        submit.getDestAddress() == null ? "" : submit.getDestAddress().replaceAll("[^0-9]", "");
    if (digits.isEmpty()) {
      throw new ProcessRequestException("no destination", SMPPConstant.STAT_ESME_RINVDSTADR);
    }
    String to = "+" + digits;
    DevSmsCentre.Segment segment;
    try {
      segment = segment(submit);
    } catch (RuntimeException e) {
      throw new ProcessRequestException("unreadable message", SMPPConstant.STAT_ESME_RINVMSGLEN);
    }
    String id = centre.store(submit, to, segment);
    if (SMSCDeliveryReceipt.SUCCESS_FAILURE.containedIn(submit.getRegisteredDelivery())
        || SMSCDeliveryReceipt.SUCCESS.containedIn(submit.getRegisteredDelivery())) {
      Date submitted = new Date();
      centre.later(() -> receipt(source, submit, digits, id, submitted));
    }
    try {
      return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
    } catch (PDUStringException e) {
      throw new ProcessRequestException("message id", SMPPConstant.STAT_ESME_RSYSERR, e);
    }
  }

  /** The text and concatenation of one submit_sm. */
  static DevSmsCentre.Segment segment(SubmitSm submit) {
    byte[] bytes = submit.getShortMessage();
    if (bytes == null || bytes.length == 0) {
      OptionalParameter payload =
          submit.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
      bytes =
          payload instanceof OptionalParameter.OctetString octets ? octets.getValue() : new byte[0];
    }
    int reference = 0;
    int total = 1;
    int seq = 1;
    int start = 0;
    if (submit.isUdhi() && bytes.length > 0) {
      int headerLength = bytes[0] & 0xFF;
      start = 1 + headerLength;
      for (int at = 1; at + 1 < start; ) {
        int element = bytes[at] & 0xFF;
        int length = bytes[at + 1] & 0xFF;
        if (element == 0x00 && length == 3) {
          reference = bytes[at + 2] & 0xFF;
          total = bytes[at + 3] & 0xFF;
          seq = bytes[at + 4] & 0xFF;
        } else if (element == 0x08 && length == 4) {
          reference = ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
          total = bytes[at + 4] & 0xFF;
          seq = bytes[at + 5] & 0xFF;
        }
        at += 2 + length;
      }
    } else if (submit.getOptionalParameter(OptionalParameter.Tag.SAR_MSG_REF_NUM)
        instanceof OptionalParameter.Short ref) {
      reference = ref.getValue() & 0xFFFF;
      if (submit.getOptionalParameter(OptionalParameter.Tag.SAR_TOTAL_SEGMENTS)
          instanceof OptionalParameter.Byte count) {
        total = count.getValue() & 0xFF;
      }
      if (submit.getOptionalParameter(OptionalParameter.Tag.SAR_SEGMENT_SEQNUM)
          instanceof OptionalParameter.Byte number) {
        seq = number.getValue() & 0xFF;
      }
    }
    return new DevSmsCentre.Segment(
        reference, total, seq, text(submit.getDataCoding(), bytes, start, bytes.length - start));
  }

  static String text(byte dataCoding, byte[] bytes, int offset, int length) {
    int coding = dataCoding & 0xFF;
    boolean ucs2 =
        coding == 0x08
            || ((coding & 0xC0) == 0x00 && (coding & 0x20) == 0 && (coding & 0x0C) == 0x08);
    if (ucs2) {
      return new String(bytes, offset, length, StandardCharsets.UTF_16BE);
    }
    return switch (coding) {
      case 0x01 -> new String(bytes, offset, length, StandardCharsets.US_ASCII);
      case 0x03 -> new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
      default -> Gsm7.decode(bytes, offset, length);
    };
  }

  private void receipt(
      SMPPServerSession session, SubmitSm submit, String handset, String id, Date submitted) {
    if (!session.getSessionState().isReceivable()) {
      return; // bound as transmitter only: nowhere to send it
    }
    DeliveryReceipt text =
        new DeliveryReceipt(
            id, 1, 1, submitted, new Date(), DeliveryReceiptState.DELIVRD, "000", "");
    try {
      session.deliverShortMessage(
          "",
          TypeOfNumber.INTERNATIONAL,
          NumberingPlanIndicator.ISDN,
          handset,
          TypeOfNumber.valueOf(submit.getSourceAddrTon()),
          NumberingPlanIndicator.valueOf(submit.getSourceAddrNpi()),
          submit.getSourceAddr(),
          new ESMClass(
              MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
          (byte) 0,
          (byte) 0,
          new RegisteredDelivery(0),
          DataCodings.ZERO,
          text.toString().getBytes(StandardCharsets.US_ASCII),
          new OptionalParameter.Receipted_message_id(id),
          new OptionalParameter.Message_state(MessageState.DELIVERED.value()));
    } catch (Exception e) { // jSMPP's five checked exceptions: the receipt is best effort
      LOG.log(System.Logger.Level.WARNING, "a delivery receipt could not be sent: " + e);
    }
  }

  @Override
  public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
      throws ProcessRequestException {
    throw unsupported();
  }

  @Override
  public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source)
      throws ProcessRequestException {
    throw unsupported();
  }

  @Override
  public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source)
      throws ProcessRequestException {
    throw unsupported();
  }

  @Override
  public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source)
      throws ProcessRequestException {
    throw unsupported();
  }

  @Override
  public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
      throws ProcessRequestException {
    throw unsupported();
  }

  @Override
  public void onAcceptCancelBroadcastSm(
      CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
      throws ProcessRequestException {
    throw unsupported();
  }

  @Override
  public QueryBroadcastSmResult onAcceptQueryBroadcastSm(
      QueryBroadcastSm queryBroadcastSm, SMPPServerSession source) throws ProcessRequestException {
    throw unsupported();
  }

  @Override
  public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
    throw unsupported();
  }

  private static ProcessRequestException unsupported() {
    return new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
  }
}
