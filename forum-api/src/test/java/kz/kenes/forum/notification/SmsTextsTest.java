package kz.kenes.forum.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ResourceBundle;
import kz.kenes.forum.platform.Language;
import kz.kenes.forum.platform.Messages;
import kz.kenes.sms.Segments;
import org.junit.jupiter.api.Test;

/** Kenes' own SMS texts fit two UCS-2 segments (134 characters) at their longest. */
class SmsTextsTest {
  /** A long public address (40 characters) and the longest thread id. */
  static final String LONGEST_URL = "https://kenes.pavlodar-oblysy.gov.kz:443";

  @Test
  void theOfficialAnswerSmsFitsTwoSegmentsInKazakhAndRussian() {
    assertThat(LONGEST_URL).hasSize(40);
    String sent = SmsChannel.text(LONGEST_URL + "/threads/" + Long.MAX_VALUE);
    assertThat(sent).contains(LONGEST_URL + "/threads/" + Long.MAX_VALUE);
    assertThat(Segments.count(sent)).isLessThanOrEqualTo(Segments.MAX_KENES_SEGMENTS);
    for (Language language : List.of(Language.KK, Language.RU)) {
      String text =
          Messages.of(language)
              .get("sms.official-answer", LONGEST_URL + "/threads/" + Long.MAX_VALUE);
      assertThat(Segments.of(text).encoding()).isEqualTo(Segments.Encoding.UCS2);
      assertThat(Segments.count(text)).as(text).isLessThanOrEqualTo(Segments.MAX_KENES_SEGMENTS);
    }
  }

  @Test
  void everySmsTemplateOfTheNotificationsHoldsNoTitleOrName() {
    for (String suffix : List.of("", "_ru", "_en")) {
      ResourceBundle bundle =
          ResourceBundle.getBundle("kz.kenes.i18n.notifications" + suffix, java.util.Locale.ROOT);
      for (String key : bundle.keySet()) {
        if (key.startsWith("sms.")) {
          String template = bundle.getString(key);
          assertThat(template).startsWith("Kenes:");
          // only a link is filled in: the template's own text leaves room for a 60-character one
          assertThat(template.replace("{0}", "x".repeat(60)).length())
              .as(key + suffix)
              .isLessThanOrEqualTo(2 * Segments.UCS2_PART);
        }
      }
    }
  }
}
