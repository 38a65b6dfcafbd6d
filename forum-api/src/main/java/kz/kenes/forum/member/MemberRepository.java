package kz.kenes.forum.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import kz.kenes.forum.platform.Actor;

/** Members as stored. */
@ApplicationScoped
public class MemberRepository {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public Optional<Member> findByUsername(String username) {
    return em.createQuery("select m from Member m where m.username = :u", Member.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  /** The member of this account, created on its first action. Call inside a transaction. */
  public Member ensure(Actor actor) {
    Member member = ensure(actor.username(), actor.displayName());
    member.rename(actor.displayName());
    if (!java.util.Objects.equals(member.email().orElse(null), actor.email())) {
      member.emailAddress(actor.email());
    }
    return member;
  }

  /** The member with this username, created with this name if it has never acted yet. */
  public Member ensure(String username, String displayName) {
    return findByUsername(username)
        .orElseGet(
            () -> {
              Member created = new Member(username, displayName, Instant.now(clock));
              em.persist(created);
              return created;
            });
  }
}
