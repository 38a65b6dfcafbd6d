package kz.kenes.forum.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MemberRepositoryTest {
  private static final Instant NOW = Instant.parse("2026-12-05T00:00:00Z");
  private final MemberRepository repository = new MemberRepository();
  private final List<Member> stored = new ArrayList<>();

  @BeforeEach
  @SuppressWarnings("unchecked")
  void wire() {
    repository.em = mock(EntityManager.class);
    repository.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    repository.phoneVerified = mock(Event.class);
    when(repository.em.createQuery(anyString(), eq(Member.class)))
        .thenAnswer(
            call -> {
              String jpql = call.getArgument(0);
              TypedQuery<Member> query = mock(TypedQuery.class);
              Object[] value = new Object[1];
              when(query.setParameter(anyString(), any()))
                  .thenAnswer(
                      set -> {
                        value[0] = set.getArgument(1);
                        return query;
                      });
              when(query.getResultStream())
                  .thenAnswer(
                      read ->
                          stored.stream()
                              .filter(
                                  m ->
                                      jpql.contains("m.phone")
                                          ? Objects.equals(m.phone().orElse(null), value[0])
                                          : m.username().equals(value[0])));
              return query;
            });
    repository.rows = mock(MemberRepository.MemberRows.class);
    org.mockito.Mockito.doAnswer(
            call -> {
              stored.add(new Member(call.getArgument(0), call.getArgument(1), call.getArgument(2)));
              return null;
            })
        .when(repository.rows)
        .create(anyString(), anyString(), any(Instant.class));
  }

  private static Actor actor(String username, String phone) {
    return new Actor(username, "Айгерім", Set.of(Role.RESIDENT), null, phone);
  }

  @Test
  void aNewMemberTakesTheVerifiedNumberAndItIsAnnounced() {
    Member member = repository.ensure(actor("aigerim", "+77011234567"));

    assertThat(member.phone()).contains("+77011234567");
    verify(repository.phoneVerified).fire(new PhoneVerified("aigerim", "+77011234567"));
  }

  @Test
  void theSameNumberAgainIsNotAnnouncedAgain() {
    repository.ensure(actor("aigerim", "+77011234567"));
    repository.ensure(actor("aigerim", "+77011234567"));

    verify(repository.phoneVerified, org.mockito.Mockito.times(1)).fire(any());
  }

  @Test
  void aChangedNumberReplacesTheOldOneAndIsAnnounced() {
    repository.ensure(actor("aigerim", "+77011234567"));
    Member member = repository.ensure(actor("aigerim", "+77077654321"));

    assertThat(member.phone()).contains("+77077654321");
    verify(repository.phoneVerified).fire(new PhoneVerified("aigerim", "+77077654321"));
  }

  @Test
  void aTokenWithoutAVerifiedNumberLeavesTheMemberWithout() {
    repository.ensure(actor("aigerim", "+77011234567"));
    Member member = repository.ensure(actor("aigerim", null));

    assertThat(member.phone()).isEmpty();
    verify(repository.phoneVerified, org.mockito.Mockito.times(1)).fire(any());
  }

  @Test
  void aMemberWithoutPhoneAnnouncesNothing() {
    Member member = repository.ensure(actor("aigerim", null));

    assertThat(member.phone()).isEmpty();
    verify(repository.phoneVerified, never()).fire(any());
  }

  @Test
  void aNumberThatMovedToAnotherAccountLeavesItsFormerHolder() {
    Member former = repository.ensure(actor("former", "+77011234567"));
    Member member = repository.ensure(actor("aigerim", "+77011234567"));

    assertThat(former.phone()).isEmpty();
    assertThat(member.phone()).contains("+77011234567");
    verify(repository.em).flush();
    verify(repository.phoneVerified).fire(new PhoneVerified("aigerim", "+77011234567"));
  }

  @Test
  void aRequestThatLosesTheRaceToCreateTheMemberReadsTheWinnersRow() {
    org.mockito.Mockito.doAnswer(
            call -> {
              // a parallel request of the same new account committed its row first
              stored.add(new Member("aigerim", "Айгерім", NOW));
              throw new PersistenceException("unique username");
            })
        .when(repository.rows)
        .create(anyString(), anyString(), any(Instant.class));

    Member member = repository.ensure(actor("aigerim", null));

    assertThat(member.username()).isEqualTo("aigerim");
    assertThat(stored).hasSize(1);
  }

  @Test
  void aFailureToCreateThatIsNotARaceIsNotHidden() {
    PersistenceException down = new PersistenceException("database down");
    org.mockito.Mockito.doThrow(down)
        .when(repository.rows)
        .create(anyString(), anyString(), any(Instant.class));

    assertThatThrownBy(() -> repository.ensure(actor("aigerim", null))).isSameAs(down);
  }

  @Test
  void theEventNeverPrintsTheWholeNumber() {
    assertThat(new PhoneVerified("aigerim", "+77011234567").toString())
        .contains("+7701***4567")
        .doesNotContain("1234567");
  }
}
