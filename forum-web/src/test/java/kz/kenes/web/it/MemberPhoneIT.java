package kz.kenes.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.member.PhoneVerified;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Inside the container, on the real database and its migration: a member keeps the verified number
 * of the token (unique), a number that moved to another account leaves its former holder, and
 * {@link PhoneVerified} reaches observers in the member's transaction.
 */
@KenesIT(inContainer = true)
class MemberPhoneIT {
  /** The automatic deployment with the observer of this test besides. */
  @Deployment
  static WebArchive deployment() {
    return Deployments.kenes()
        .addClasses(MemberPhoneIT.class, PhoneEvents.class, KenesIT.class, KenesExtension.class);
  }

  /** Records the events of this deployment. */
  @ApplicationScoped
  public static class PhoneEvents {
    private final List<PhoneVerified> seen = new CopyOnWriteArrayList<>();

    void on(@Observes PhoneVerified event) {
      seen.add(event);
    }

    /** Through a method: the injected reference is a proxy, whose own fields are empty. */
    public List<PhoneVerified> seen() {
      return List.copyOf(seen);
    }
  }

  @Inject MemberRepository members;
  @jakarta.annotation.Resource UserTransaction transaction;
  @Inject PhoneEvents events;

  private Member ensure(String username, String phone) throws Exception {
    transaction.begin();
    try {
      Member member =
          members.ensure(new Actor(username, "Phone Tester", Set.of(Role.RESIDENT), null, phone));
      transaction.commit();
      return member;
    } catch (Exception | Error e) {
      transaction.rollback();
      throw e;
    }
  }

  @Test
  void theVerifiedNumberFollowsTheTokenAndBelongsToOneMember() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String number = "+7708" + String.format("%07d", new SecureRandom().nextInt(10_000_000));
    String first = "it-phone-a-" + suffix;
    String second = "it-phone-b-" + suffix;

    ensure(first, number);
    assertEquals(first, members.findByPhone(number).map(Member::username).orElseThrow());
    assertTrue(events.seen().contains(new PhoneVerified(first, number)), events.seen()::toString);

    ensure(first, number);
    assertEquals(1, events.seen().stream().filter(e -> e.username().equals(first)).count());

    // Keycloak gave the number to another account: it moves, the former holder keeps none
    ensure(second, number);
    assertEquals(second, members.findByPhone(number).map(Member::username).orElseThrow());
    assertTrue(members.findByUsername(first).flatMap(Member::phone).isEmpty());
    assertTrue(events.seen().contains(new PhoneVerified(second, number)), events.seen()::toString);

    // a token without a verified number leaves the member without one
    ensure(second, null);
    assertTrue(members.findByPhone(number).isEmpty());
  }
}
