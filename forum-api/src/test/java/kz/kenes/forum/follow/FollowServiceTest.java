package kz.kenes.forum.follow;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyKind;
import kz.kenes.forum.body.BodyLevel;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.LocalizedText;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.thread.ThreadRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FollowServiceTest {
  private static final Actor RESIDENT = new Actor("resident", "Айгерім", Set.of(Role.RESIDENT));

  private final FollowService service = new FollowService();
  private final Body body =
      new Body(
          "akzhol",
          new LocalizedText("Ақжол", "Акжол", "Akzhol"),
          BodyKind.EXECUTIVE,
          BodyLevel.RURAL_DISTRICT,
          null,
          Instant.EPOCH);
  private final Member member = new Member("resident", "Айгерім", Instant.EPOCH);

  @BeforeEach
  void wire() {
    service.bodies = mock(BodyRepository.class);
    service.threads = mock(ThreadRepository.class);
    service.members = mock(MemberRepository.class);
    service.follows = mock(FollowRepository.class);
    service.clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    when(service.bodies.requireBySlug("akzhol")).thenReturn(body);
    when(service.members.ensure(RESIDENT)).thenReturn(member);
  }

  @Test
  void followingTwiceStoresOneFollow() {
    Follow stored = Follow.body(member, body, Instant.EPOCH);
    when(service.follows.find(member, body))
        .thenReturn(Optional.empty())
        .thenReturn(Optional.of(stored));

    service.followBody(RESIDENT, "akzhol");
    service.followBody(RESIDENT, "akzhol");

    verify(service.follows).add(any(Follow.class));
  }

  @Test
  void unfollowingWhatOneDoesNotFollowChangesNothing() {
    when(service.follows.find(member, body)).thenReturn(Optional.empty());

    service.unfollowBody(RESIDENT, "akzhol");

    verify(service.follows, never()).remove(any());
  }

  @Test
  void unfollowingRemovesTheFollow() {
    Follow stored = Follow.body(member, body, Instant.EPOCH);
    when(service.follows.find(member, body)).thenReturn(Optional.of(stored));

    service.unfollowBody(RESIDENT, "akzhol");

    verify(service.follows).remove(stored);
  }

  @Test
  void anUnknownBodyOrThreadIsNotFoundAndNothingIsStored() {
    when(service.bodies.requireBySlug("nowhere"))
        .thenThrow(new DomainException.NotFound("error.body.not-found"));
    when(service.threads.find(404L)).thenReturn(Optional.empty());

    assertThatThrownBy(() -> service.followBody(RESIDENT, "nowhere"))
        .isInstanceOf(DomainException.NotFound.class);
    assertThatThrownBy(() -> service.followThread(RESIDENT, 404L))
        .isInstanceOf(DomainException.NotFound.class);
    verify(service.follows, never()).add(any());
  }
}
