package kz.kenes.forum.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Set;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyKind;
import kz.kenes.forum.body.BodyLevel;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffService;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.platform.LocalizedText;
import kz.kenes.forum.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ThreadServiceTest {
  private static final Actor RESIDENT = new Actor("resident", "Айгерім", Set.of(Role.RESIDENT));
  private final ThreadService service = new ThreadService();

  @BeforeEach
  void wire() {
    service.bodies = mock(BodyRepository.class);
    service.members = mock(MemberRepository.class);
    service.staff = mock(StaffService.class);
    service.threads = mock(ThreadRepository.class);
  }

  @Test
  void everyBrokenFieldIsNamedBeforeAnythingIsRead() {
    assertThatThrownBy(
            () -> service.open(RESIDENT, "x", new NewThread("RUMOUR", " ab ", null, "NOPE")))
        .isInstanceOfSatisfying(
            DomainException.InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .containsExactlyInAnyOrder(
                        new FieldError("type", "validation.unknown-value"),
                        new FieldError("title", "validation.too-short"),
                        new FieldError("body", "validation.required"),
                        new FieldError("category", "validation.unknown-value")));
    verifyNoInteractions(service.bodies, service.threads, service.members);
  }

  @Test
  void aTitleLongerThanTheLimitIsRejected() {
    String title = "ә".repeat(Thread.TITLE_MAX + 1);

    assertThatThrownBy(
            () -> service.open(RESIDENT, "x", new NewThread("QUESTION", title, "text", null)))
        .isInstanceOfSatisfying(
            DomainException.InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(new FieldError("title", "validation.too-long")));
  }

  @Test
  void anAccountWithoutTheResidentRoleMayNotPost() {
    Actor stranger = new Actor("bot", "Bot", Set.of());

    assertThatThrownBy(
            () -> service.open(stranger, "x", new NewThread("QUESTION", "A title", "text", null)))
        .isInstanceOf(DomainException.Forbidden.class);
    verifyNoInteractions(service.threads);
  }

  @Test
  void onlyOfficialsOfTheBodyAnnounce() {
    Body body =
        new Body(
            "akzhol",
            new LocalizedText("a", "b", "c"),
            BodyKind.EXECUTIVE,
            BodyLevel.RURAL_DISTRICT,
            null,
            Instant.EPOCH);
    when(service.bodies.requireBySlug("akzhol")).thenReturn(body);
    when(service.staff.serves(any(), any(), any())).thenReturn(false);

    assertThatThrownBy(
            () ->
                service.open(
                    RESIDENT,
                    "akzhol",
                    new NewThread("ANNOUNCEMENT", "Хабарландыру", "Мәтін", null)))
        .isInstanceOfSatisfying(
            DomainException.Forbidden.class,
            e -> assertThat(e.messageKey()).isEqualTo("error.thread.announcement-officials-only"));
    verify(service.staff).serves(RESIDENT, body, StaffRole.OFFICIAL);
    verify(service.threads, never()).add(any(), any(), any());
  }

  @Test
  void anUnknownBodyIsNotFound() {
    when(service.bodies.requireBySlug("nowhere"))
        .thenThrow(new DomainException.NotFound("error.body.not-found"));

    assertThatThrownBy(
            () ->
                service.open(
                    RESIDENT, "nowhere", new NewThread("QUESTION", "A title", "text", null)))
        .isInstanceOf(DomainException.NotFound.class);
    verify(service.threads, never()).add(any(), any(), any());
  }
}
