package kz.kenes.forum.claim;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyKind;
import kz.kenes.forum.body.BodyLevel;
import kz.kenes.forum.content.CookedText;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.platform.LocalizedText;

/** Bodies with ids, members and cards for the claim tests. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2026-11-27T05:00:00.123456Z");

  private Fixtures() {}

  static Body body(long id, String slug, BodyKind kind, BodyLevel level, Body parent) {
    Body body =
        new Body(
            slug,
            new LocalizedText(slug + " kk", slug + " ru", slug + " en"),
            kind,
            level,
            parent,
            T0);
    return withId(body, Body.class, id);
  }

  static Member member(String username, String name) {
    return new Member(username, name, T0);
  }

  static ClaimReview card(long id, Body body, String claim, ClaimVerdict verdict) {
    ClaimReview card =
        new ClaimReview(
            body,
            claim,
            verdict,
            "Түсініктеме",
            new CookedText("<p>Түсініктеме</p>", 1),
            List.of("https://akimat.gov.kz/news/1"),
            member("official", "Серік Ахметов"),
            "Аудан әкімінің орынбасары",
            T0);
    return withId(card, ClaimReview.class, id);
  }

  static <T> T withId(T entity, Class<T> type, long id) {
    try {
      Field field = type.getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
