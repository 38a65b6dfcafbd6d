package kz.kenes.forum.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import kz.kenes.forum.platform.LocalizedText;
import org.junit.jupiter.api.Test;

class BodyTest {
  private static final LocalizedText NAME = new LocalizedText("кк", "ру", "en");

  @Test
  void aBodyIsWithinItselfAndEveryBodyAboveIt() throws Exception {
    Body region =
        withId(
            new Body("region", NAME, BodyKind.EXECUTIVE, BodyLevel.REGION, null, Instant.EPOCH), 1);
    Body district =
        withId(
            new Body(
                "district", NAME, BodyKind.EXECUTIVE, BodyLevel.DISTRICT, region, Instant.EPOCH),
            2);
    Body rural =
        withId(
            new Body(
                "rural",
                NAME,
                BodyKind.EXECUTIVE,
                BodyLevel.RURAL_DISTRICT,
                district,
                Instant.EPOCH),
            3);
    Body council =
        withId(
            new Body("council", NAME, BodyKind.COUNCIL, BodyLevel.DISTRICT, null, Instant.EPOCH),
            4);

    assertThat(rural.isWithin(rural)).isTrue();
    assertThat(rural.isWithin(district)).isTrue();
    assertThat(rural.isWithin(region)).isTrue();
    assertThat(district.isWithin(rural)).isFalse();
    assertThat(rural.isWithin(council)).isFalse();
  }

  @Test
  void slugsAreLowerCaseWordsJoinedByDashes() {
    assertThatThrownBy(
            () ->
                new Body(
                    "Aktogay Akimat",
                    NAME,
                    BodyKind.EXECUTIVE,
                    BodyLevel.DISTRICT,
                    null,
                    Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Body("-x", NAME, BodyKind.EXECUTIVE, BodyLevel.DISTRICT, null, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            new Body("aktogay-2", NAME, BodyKind.EXECUTIVE, BodyLevel.DISTRICT, null, Instant.EPOCH)
                .slug())
        .isEqualTo("aktogay-2");
  }

  private static Body withId(Body body, long id) throws Exception {
    Field field = Body.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(body, id);
    return body;
  }
}
