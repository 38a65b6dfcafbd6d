package kz.kenes.moderation;

import java.lang.invoke.MethodHandles;
import java.nio.file.Path;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/**
 * The moderation module's log lines, each with its {@code KENES-08xx} id (docs/operations.md lists
 * them): the only way this module logs. Arguments follow forum-api's {@code LogText} policy:
 * counts, key ids and exception types; no personal data (never an applicant's name, IIN, address or
 * text).
 */
@MessageLogger(projectCode = "KENES-", length = 4)
public interface ModerationLog extends BasicLogger {
  ModerationLog LOG =
      Logger.getMessageLogger(MethodHandles.lookup(), ModerationLog.class, "kz.kenes.moderation");

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 801, value = "%d appeals marked overdue")
  void appealsMarkedOverdue(int count);

  @LogMessage(level = Logger.Level.ERROR)
  @Message(id = 802, value = "overdue check failed: %s")
  void overdueCheckFailed(String failureTypes);

  @LogMessage(level = Logger.Level.ERROR)
  @Message(id = 811, value = "sweeping the abuse counters failed: %s")
  void limitSweepFailed(String failureTypes);

  @LogMessage(level = Logger.Level.WARN)
  @Message(
      id = 821,
      value =
          "%1$s is not set: personal data is encrypted with the key in %2$s; keep that file with"
              + " the backups, or set %1$s (see docs/operations.md)")
  void generatedDataKey(String variable, Path file);

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 822, value = "%d applicants' data encrypted with key %s")
  void applicantsEncrypted(int count, String keyId);

  @LogMessage(level = Logger.Level.ERROR)
  @Message(id = 823, value = "encrypting applicants' data stopped after %d rows: %s")
  void applicantEncryptionStopped(int rows, String failureTypes);

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 831, value = "%d session questions became appeals (written answer late)")
  void sessionQuestionsEscalated(int count);

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 832, value = "followers of %d sessions reminded a day before")
  void sessionsReminded(int count);

  @LogMessage(level = Logger.Level.ERROR)
  @Message(id = 833, value = "the public sessions' check failed: %s")
  void sessionCheckFailed(String failureTypes);

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 841, value = "weekly monitoring digest of %s sent to %d heads and officials")
  void digestSent(String week, int told);

  @LogMessage(level = Logger.Level.ERROR)
  @Message(id = 842, value = "weekly monitoring digest of body %d failed: %s")
  void digestFailed(long bodyId, String failureTypes);
}
