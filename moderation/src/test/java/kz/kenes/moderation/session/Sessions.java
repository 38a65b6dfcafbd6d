package kz.kenes.moderation.session;

import java.lang.reflect.Field;
import java.time.Instant;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyKind;
import kz.kenes.forum.body.BodyLevel;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.platform.LocalizedText;
import kz.kenes.forum.thread.Category;

/** Sessions, questions and members for unit tests, with the ids the database would give. */
final class Sessions {
  private Sessions() {}

  static Body body() {
    return new Body(
        "aktogay-district-akimat",
        new LocalizedText("Ақтоғай ауданы әкімдігі", "Акимат Актогайского района", "Aktogay"),
        BodyKind.EXECUTIVE,
        BodyLevel.DISTRICT,
        null,
        Instant.parse("2026-01-01T00:00:00Z"));
  }

  static PublicSession session(long id, String title, Instant starts, Instant ends) {
    PublicSession session =
        new PublicSession(
            body(),
            SessionType.REPORTING_MEETING,
            new PublicSession.Details(
                title, starts, ends, "Ақтоғай, Абай 1", "https://example.kz/live", "1. Су", null),
            "official",
            Instant.parse("2026-12-01T00:00:00Z"));
    return withId(session, id);
  }

  static SessionQuestion question(PublicSession session, long id, int supports) {
    SessionQuestion question =
        new SessionQuestion(
            session,
            new Member("resident" + id, "Тұрғын " + id, Instant.parse("2026-01-01T00:00:00Z")),
            "Су қашан беріледі? " + id,
            Category.WATER_SUPPLY,
            Instant.parse("2026-12-02T00:00:00Z").plusSeconds(id));
    for (int i = 0; i < supports; i++) {
      question.supported();
    }
    return withId(question, id);
  }

  static <T> T withId(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
