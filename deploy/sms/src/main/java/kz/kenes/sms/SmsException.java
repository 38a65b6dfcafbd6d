package kz.kenes.sms;

/**
 * The message was not accepted: the SMS centre or gateway is unreachable, refused the bind or the
 * message, or the transport is {@code off}. The message carries no number and no text.
 */
public class SmsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SmsException(String message) {
    super(message);
  }

  public SmsException(String message, Throwable cause) {
    super(message, cause);
  }
}
