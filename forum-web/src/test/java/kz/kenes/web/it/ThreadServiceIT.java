package kz.kenes.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.member.StaffService;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.thread.NewThread;
import kz.kenes.forum.thread.ThreadService;
import org.junit.jupiter.api.Test;

/**
 * Use cases inside the container: transactions, persistence and audit on the real database. Plain
 * JUnit assertions, since only JUnit travels into the server with the test.
 */
@KenesIT(inContainer = true)
class ThreadServiceIT {
  @Inject ThreadService threads;
  @Inject StaffService staff;
  @Inject AuditLog audit;
  @PersistenceContext EntityManager em;

  private static final Actor RESIDENT =
      new Actor(
          "it-resident-" + UUID.randomUUID().toString().substring(0, 8),
          "Test Resident",
          Set.of(Role.RESIDENT));
  private static final Actor ADMIN =
      new Actor("admin", "Kenes Admin", Set.of(Role.RESIDENT, Role.ADMIN));

  @Test
  void openingAThreadStoresRawAndCookedTextAndCreatesTheMember() {
    var opened =
        threads.open(
            RESIDENT,
            "aktogay-rural-district",
            new NewThread("PROPOSAL", "Саябаққа орындық қою", "Орындық *керек*.", "OTHER"));

    var details = threads.details(opened.thread().id(), Optional.empty());
    assertEquals("Саябаққа орындық қою", details.thread().title());
    assertEquals("kk", details.thread().language().tag());
    assertEquals("Орындық *керек*.", details.openingPost().raw());
    assertEquals("<p>Орындық <em>керек</em>.</p>\n", details.openingPost().cooked());
    assertEquals(1, details.openingPost().cookVersion());
    assertEquals(RESIDENT.username(), details.thread().author().username());
    assertEquals(1, details.thread().postCount());
  }

  @Test
  void invalidInputWritesNothing() {
    long before = count("select count(t) from Thread t");

    assertThrows(
        DomainException.InvalidInput.class,
        () ->
            threads.open(
                RESIDENT, "aktogay-rural-district", new NewThread("PROPOSAL", "", "", "OTHER")));
    assertThrows(
        DomainException.NotFound.class,
        () ->
            threads.open(
                RESIDENT,
                "no-such-body",
                new NewThread("PROPOSAL", "A valid title", "Valid text", "OTHER")));

    assertEquals(before, count("select count(t) from Thread t"));
  }

  @Test
  void everyStaffChangeIsAuditedInTheSameTransaction() {
    String username = "it-official-" + UUID.randomUUID().toString().substring(0, 8);
    long before = count("select count(a) from AuditEntry a");

    assertTrue(staff.assign(ADMIN, "akzhol-rural-district", username, "OFFICIAL", "Әкім"));
    staff.unassign(ADMIN, "akzhol-rural-district", username, "OFFICIAL");

    assertEquals(before + 2, count("select count(a) from AuditEntry a"));
    var latest = audit.latest(null, 2);
    assertEquals("staff.unassign", latest.get(0).action());
    assertEquals("staff.assign", latest.get(1).action());
    latest.forEach(e -> assertEquals("admin", e.actor()));
    latest.forEach(e -> assertTrue(e.detail().contains(username)));
  }

  @Test
  void aFailedStaffChangeLeavesNoAuditRow() {
    long before = count("select count(a) from AuditEntry a");

    assertThrows(
        DomainException.NotFound.class,
        () -> staff.unassign(ADMIN, "akzhol-rural-district", "nobody-at-all", "OFFICIAL"));
    assertThrows(
        DomainException.Forbidden.class,
        () -> staff.assign(RESIDENT, "akzhol-rural-district", "someone", "OFFICIAL", null));

    assertEquals(before, count("select count(a) from AuditEntry a"));
    assertTrue(
        staff.list(ADMIN, Optional.of("akzhol-rural-district")).stream()
            .noneMatch(a -> a.member().username().equals("someone")));
  }

  @jakarta.annotation.Resource jakarta.transaction.UserTransaction tx;

  @Test
  void postsCookedByAnOlderCookingAreCookedAgain() throws Exception {
    var opened =
        threads.open(
            RESIDENT,
            "aktogay-rural-district",
            new NewThread("QUESTION", "Recook me please", "Жол **жаман**.", "ROADS"));
    long postId = opened.openingPost().id();
    tx.begin();
    em.createNativeQuery(
            "update post set cooked = '<script>old()</script>', cook_version = 0 where id = ?1")
        .setParameter(1, postId)
        .executeUpdate();
    tx.commit();

    int recooked = 0;
    for (int n = threads.recookStale(100); n > 0; n = threads.recookStale(100)) {
      recooked += n;
    }

    assertTrue(recooked >= 1);
    var post = threads.post(postId);
    assertEquals("<p>Жол <strong>жаман</strong>.</p>\n", post.cooked());
    assertEquals(kz.kenes.forum.content.ContentCooker.VERSION, post.cookVersion());
  }

  private long count(String jpql) {
    return em.createQuery(jpql, Long.class).getSingleResult();
  }
}
