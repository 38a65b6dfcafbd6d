package kz.kenes.forum.notification;

import static org.assertj.core.api.Assertions.assertThat;

import kz.kenes.forum.platform.Language;
import kz.kenes.forum.platform.Messages;
import org.junit.jupiter.api.Test;

/** The notification kinds and the follow buttons read well in every language. */
class NotificationBundlesTest {
  @Test
  void everyKindAndButtonHasATextInEveryLanguage() {
    for (Language language : Language.values()) {
      Messages messages = Messages.of(language);
      for (NotificationKind kind : NotificationKind.values()) {
        assertThat(messages.label(kind)).as(language + " " + kind).doesNotStartWith("??");
      }
      assertThat(messages.get("follow.follow")).doesNotStartWith("??");
      assertThat(messages.get("follow.unfollow")).doesNotStartWith("??");
    }
    assertThat(Messages.of(Language.KK).get("follow.follow")).isEqualTo("Жазылу");
    assertThat(Messages.of(Language.RU).get("follow.unfollow")).isEqualTo("Отписаться");
    assertThat(Messages.of(Language.EN).get("notifications.unread-count", 3L))
        .isEqualTo("3 unread notifications");
  }
}
