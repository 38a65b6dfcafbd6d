package kz.kenes.moderation.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import kz.kenes.forum.platform.DatabaseMigrations.SchemaReady;
import kz.kenes.forum.platform.LogText;
import kz.kenes.moderation.ModerationLog;
import kz.kenes.moderation.privacy.DataCipher;
import kz.kenes.moderation.privacy.DataKeys;

/**
 * At start-up, encrypts with the current key every applicant row that is still in clear text
 * (written before encryption) or encrypted with an old key (after a rotation), and fills its IIN
 * and phone hashes; {@value #BATCH} rows per transaction. Idempotent: a row done carries the
 * current key's prefix and is not selected again.
 */
@ApplicationScoped
public class ApplicantEncryption {
  static final int BATCH = 500;

  @Inject ApplicantEncryption self;
  @PersistenceContext EntityManager em;

  void onSchemaReady(@Observes SchemaReady ready) {
    int total = 0;
    try {
      for (int done = self.encryptStale(BATCH); done > 0; done = self.encryptStale(BATCH)) {
        total += done;
      }
    } catch (RuntimeException failure) {
      ModerationLog.LOG.applicantEncryptionStopped(total, LogText.types(failure));
      return;
    }
    if (total > 0) {
      ModerationLog.LOG.applicantsEncrypted(total, DataKeys.cipher().currentKeyId());
    }
  }

  /** Encrypts up to {@code max} stale rows with the current key; returns how many. */
  @Transactional
  public int encryptStale(int max) {
    DataCipher cipher = DataKeys.cipher();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select appeal_id, full_name, iin, address, phone from appeal_applicant"
                    + " where iin not like ?1 or iin_hash is null order by appeal_id")
            .setParameter(1, cipher.currentPrefix() + "%")
            .setMaxResults(max)
            .getResultList();
    for (Object[] row : rows) {
      String iin = cipher.decrypt((String) row[2]);
      em.createNativeQuery(
              "update appeal_applicant set full_name = ?1, iin = ?2, address = ?3, iin_hash = ?4"
                  + " where appeal_id = ?5")
          .setParameter(1, cipher.encrypt(cipher.decrypt((String) row[1])))
          .setParameter(2, cipher.encrypt(iin))
          .setParameter(3, cipher.encrypt(cipher.decrypt((String) row[3])))
          .setParameter(4, cipher.hash(iin))
          .setParameter(5, ((Number) row[0]).longValue())
          .executeUpdate();
      if (row[4] != null) {
        String phone = cipher.decrypt((String) row[4]);
        em.createNativeQuery(
                "update appeal_applicant set phone = ?1, phone_hash = ?2 where appeal_id = ?3")
            .setParameter(1, cipher.encrypt(phone))
            .setParameter(2, cipher.hash(phone))
            .setParameter(3, ((Number) row[0]).longValue())
            .executeUpdate();
      }
    }
    return rows.size();
  }
}
