package kz.kenes.sms;

import java.time.Instant;
import java.util.Objects;

/**
 * What the SMS centre reports about a message after accepting it.
 *
 * @param messageId the id {@link SmsGateway#send} returned (for a message of several segments,
 *     every segment's receipt carries this same id)
 * @param state the final (or intermediate) state
 * @param doneAt when the centre says it reached that state, or when the receipt arrived if the
 *     centre did not say
 * @param error the centre's error code ({@code "000"} when none)
 */
public record DeliveryReceipt(String messageId, State state, Instant doneAt, String error) {

  public DeliveryReceipt {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(doneAt, "doneAt");
    error = error == null ? "000" : error;
  }

  /** The SMPP 3.4 message states (appendix B: {@code stat:} of the receipt text). */
  public enum State {
    ENROUTE,
    DELIVERED,
    EXPIRED,
    DELETED,
    UNDELIVERABLE,
    ACCEPTED,
    UNKNOWN,
    REJECTED;

    /** True when the centre will not report again (all states but ENROUTE and ACCEPTED). */
    public boolean isFinal() {
      return this != ENROUTE && this != ACCEPTED;
    }
  }
}
