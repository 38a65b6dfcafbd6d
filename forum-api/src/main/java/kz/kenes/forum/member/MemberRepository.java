package kz.kenes.forum.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import kz.kenes.forum.platform.Actor;

/** Members as stored. */
@ApplicationScoped
public class MemberRepository {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<PhoneVerified> phoneVerified;
  @Inject MemberRows rows;

  public Optional<Member> findByUsername(String username) {
    return em.createQuery("select m from Member m where m.username = :u", Member.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  public Optional<Member> findByPhone(String e164) {
    return em.createQuery("select m from Member m where m.phone = :p", Member.class)
        .setParameter("p", e164)
        .getResultStream()
        .findFirst();
  }

  /**
   * The member of this account, created on its first action, with the account's current name,
   * verified email and verified phone (none when the token vouches for none). When the verified
   * phone is new to the member, another member that still holds it (the number moved to another
   * account in Keycloak, which keeps one account per number) loses it, and {@link PhoneVerified} is
   * fired. Call inside a transaction.
   */
  public Member ensure(Actor actor) {
    Member member = ensure(actor.username(), actor.displayName());
    member.rename(actor.displayName());
    if (!java.util.Objects.equals(member.email().orElse(null), actor.email())) {
      member.emailAddress(actor.email());
    }
    String phone = actor.phone().orElse(null);
    if (!java.util.Objects.equals(member.phone().orElse(null), phone)) {
      if (phone != null) {
        findByPhone(phone)
            .filter(holder -> !holder.username().equals(member.username()))
            .ifPresent(
                holder -> {
                  holder.phoneNumber(null);
                  em.flush();
                });
      }
      member.phoneNumber(phone);
      if (phone != null) {
        phoneVerified.fire(new PhoneVerified(member.username(), phone));
      }
    }
    return member;
  }

  /**
   * The member with this username, created with this name if it has never acted yet. The row is
   * created in a short transaction of its own ({@link MemberRows}): the first requests of a new
   * account often arrive together (a page and its API calls, several tabs), and the loser of the
   * race on the unique username must read the winner's row instead of failing its whole use case.
   */
  public Member ensure(String username, String displayName) {
    Optional<Member> existing = findByUsername(username);
    if (existing.isPresent()) {
      return existing.get();
    }
    try {
      rows.create(username, displayName, Instant.now(clock));
    } catch (PersistenceException createdMeanwhile) {
      // another request created it first (unique username): read theirs below
      if (findByUsername(username).isEmpty()) {
        throw createdMeanwhile;
      }
    }
    return findByUsername(username)
        .orElseThrow(() -> new IllegalStateException("the member just created is not readable"));
  }

  /** Creates member rows in transactions of their own, so a duplicate spoils no use case. */
  @ApplicationScoped
  public static class MemberRows {
    @PersistenceContext EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String username, String displayName, Instant now) {
      boolean taken =
          !em.createQuery("select m.id from Member m where m.username = :u", Long.class)
              .setParameter("u", username)
              .getResultList()
              .isEmpty();
      if (!taken) {
        em.persist(new Member(username, displayName, now));
        em.flush();
      }
    }
  }
}
