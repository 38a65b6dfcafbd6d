package kz.kenes.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.Set;
import java.util.UUID;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.thread.NewThread;
import kz.kenes.forum.thread.ThreadService;
import kz.kenes.moderation.appeal.AppealApplicant;
import kz.kenes.moderation.appeal.AppealQueries;
import kz.kenes.moderation.appeal.AppealRegistration;
import kz.kenes.moderation.appeal.ApplicantEncryption;
import org.junit.jupiter.api.Test;

/**
 * The applicant's personal data is encrypted in the database (read raw through SQL) while the
 * applicant still reads it back; rows written in clear before encryption are encrypted at start-up.
 */
@KenesIT(inContainer = true)
class PersonalDataAtRestIT {
  private static final String IIN = "850615400234";
  private static final String NAME = "Бауыржан Омаров";
  private static final String ADDRESS = "Ақжол ауылы, Бірлік көшесі 7";

  @Inject ThreadService threads;
  @Inject AppealRegistration registration;
  @Inject AppealQueries appeals;
  @Inject ApplicantEncryption encryption;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  private final Actor resident =
      new Actor(
          "it-pd-" + UUID.randomUUID().toString().substring(0, 8),
          "Test Resident",
          Set.of(Role.RESIDENT));

  private long submittedAppeal() {
    var opened =
        threads.open(
            resident,
            "aktogay-rural-district",
            new NewThread("PROPOSAL", "Жол жөндеу керек", "Жолды жөндеу керек.", "OTHER"));
    long appealId = registration.escalate(resident, opened.openingPost().id()).appeal().id();
    registration.submit(resident, appealId, NAME, IIN, ADDRESS, true);
    return appealId;
  }

  private Object[] raw(long appealId) {
    return (Object[])
        em.createNativeQuery(
                "select full_name, iin, address, iin_hash from appeal_applicant where appeal_id = ?1")
            .setParameter(1, appealId)
            .getSingleResult();
  }

  @Test
  void theColumnsHoldNoClearTextAndTheApplicantStillReadsThem() {
    long appealId = submittedAppeal();
    Object[] row = raw(appealId);
    for (Object column : new Object[] {row[0], row[1], row[2]}) {
      String stored = (String) column;
      assertTrue(stored.startsWith("v1:"), "encrypted");
      assertFalse(stored.contains(IIN) || stored.contains("Омаров") || stored.contains("Ақжол"));
    }
    assertFalse(((String) row[1]).contains(IIN.substring(0, 6)), "not even the birth date");
    assertEquals(64, ((String) row[3]).length());
    assertFalse(((String) row[3]).contains(IIN));

    AppealApplicant data = appeals.personalData(resident, appealId).orElseThrow();
    assertEquals(IIN, data.iin().value());
    assertEquals(NAME, data.fullName());
    assertEquals(ADDRESS, data.address());
  }

  @Test
  void rowsWrittenInClearBeforeAreEncryptedAtStartUpOnce() throws Exception {
    long appealId = submittedAppeal();
    String hash = (String) raw(appealId)[3];
    tx.begin();
    em.createNativeQuery(
            "update appeal_applicant set full_name = ?1, iin = ?2, address = ?3, iin_hash = null"
                + " where appeal_id = ?4")
        .setParameter(1, NAME)
        .setParameter(2, IIN)
        .setParameter(3, ADDRESS)
        .setParameter(4, appealId)
        .executeUpdate();
    tx.commit();
    assertEquals(IIN, appeals.personalData(resident, appealId).orElseThrow().iin().value());

    while (encryption.encryptStale(500) > 0) {
      // every stale row, as at start-up
    }
    Object[] row = raw(appealId);
    assertTrue(((String) row[1]).startsWith("v1:"));
    assertFalse(((String) row[0]).contains("Омаров"));
    assertEquals(hash, row[3]);
    assertEquals(0, encryption.encryptStale(500), "nothing left: idempotent");
    AppealApplicant data = appeals.personalData(resident, appealId).orElseThrow();
    assertEquals(IIN, data.iin().value());
    assertEquals(ADDRESS, data.address());
  }
}
