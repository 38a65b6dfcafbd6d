package kz.kenes.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import kz.kenes.forum.member.StaffService;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.thread.NewThread;
import kz.kenes.forum.thread.ThreadService;
import org.junit.jupiter.api.Test;

/**
 * Inside the container, with the real abuse guard and transactions: a reply that fails (its
 * transaction rolls back) does not use up the poster's allowance (KENES_LIMIT_POST of the server).
 */
@KenesIT(inContainer = true)
class ReplyLimitIT {
  @Inject ThreadService threads;
  @Inject StaffService staff;

  @Test
  void repliesThatFailDoNotCountAgainstThePostingLimit() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Actor resident = new Actor("it-limit-" + suffix, "Limit Tester", Set.of(Role.RESIDENT));
    Actor official =
        new Actor("it-limit-official-" + suffix, "Limit Official", Set.of(Role.OFFICIAL));
    Actor admin = new Actor("admin", "Kenes Admin", Set.of(Role.RESIDENT, Role.ADMIN));
    staff.assign(admin, "akzhol-rural-district", official.username(), "OFFICIAL", "Әкім");
    long threadId =
        threads
            .open(
                resident,
                "akzhol-rural-district",
                new NewThread("QUESTION", "Лимит сынағы " + suffix, "Бірінші.", "ROADS"))
            .thread()
            .id();
    threads.changeStatus(official, threadId, "CLOSED", "test of the limit");

    // the opening post used one permit; more failed replies than the whole allowance follow
    int permits = Integer.parseInt(System.getenv("KENES_LIMIT_POST").split("/")[0].strip());
    for (int i = 0; i < permits; i++) {
      DomainException.Conflict closed =
          assertThrows(
              DomainException.Conflict.class,
              () -> threads.reply(resident, threadId, "Жабық тақырыпқа жауап", null));
      assertEquals("error.thread.closed", closed.messageKey());
    }

    threads.changeStatus(official, threadId, "OPEN", "test of the limit");
    assertEquals(2, threads.reply(resident, threadId, "Енді жауап беруге болады", null).number());
  }
}
