package kz.kenes.moderation.appeal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import kz.kenes.forum.platform.Language;
import kz.kenes.forum.platform.Messages;

/**
 * The text of the SMS that tells a resident of a step of their appeal: the registration number, the
 * status, a date and a short link only (never a name, IIN or the appeal's text), within two UCS-2
 * segments ({@value #MAX_CHARS} characters).
 */
public final class AppealSms {
  /** Two concatenated UCS-2 segments of 67 characters. */
  public static final int MAX_CHARS = 134;

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private AppealSms() {}

  /**
   * The text for the appeal's current status, in {@code language}; empty for a status the resident
   * is not told of by SMS (draft, assigned, in progress, closed) or an unregistered appeal.
   */
  public static Optional<String> text(Appeal appeal, Language language, String link) {
    Objects.requireNonNull(link, "link");
    AppealStatus status = appeal.status();
    if (appeal.number().isEmpty() || !told(status)) {
      return Optional.empty();
    }
    String date = appeal.deadline().map(DATE::format).orElse("");
    String text =
        Messages.of(language)
            .get("sms.appeal." + status.name(), appeal.number().get(), date, link)
            .strip();
    return Optional.of(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
  }

  /** The steps told by SMS: registered, redirected, extended, answered, overdue. */
  public static boolean told(AppealStatus status) {
    return switch (status) {
      case REGISTERED, REDIRECTED, EXTENDED, ANSWERED, OVERDUE -> true;
      case DRAFT, ASSIGNED, IN_PROGRESS, CLOSED -> false;
    };
  }

  static String date(LocalDate day) {
    return DATE.format(day);
  }
}
