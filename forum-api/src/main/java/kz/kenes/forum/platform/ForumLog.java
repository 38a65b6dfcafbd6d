package kz.kenes.forum.platform;

import java.lang.invoke.MethodHandles;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/**
 * forum-api's log lines, each with its {@code KENES-xxxx} id (docs/operations.md lists them all):
 * the only way forum-api logs. Arguments follow {@link LogText}'s policy: ids, counts, kinds and
 * exception types; user text escaped; no personal data. Ids 0001–0099 and 0500–0699 are
 * forum-api's.
 */
@MessageLogger(projectCode = "KENES-", length = 4)
public interface ForumLog extends BasicLogger {
  ForumLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), ForumLog.class, "kz.kenes.forum");

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 1, value = "schema at version %s (%d migrations applied now)")
  void schemaAt(String version, int applied);

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 3, value = "%d posts cooked again with cook version %d")
  void recooked(int posts, int cookVersion);

  /** {@code trace} is {@link LogText#trace}; the correlation id is the one the user was shown. */
  @LogMessage(level = Logger.Level.ERROR)
  @Message(id = 500, value = "unexpected failure, correlation id %s%n%s")
  void unexpectedFailure(String correlationId, String trace);

  @LogMessage(level = Logger.Level.WARN)
  @Message(
      id = 503,
      value = "unavailable: database, row lock or Keycloak; the client may retry%n%s")
  void unavailable(String trace);

  @LogMessage(level = Logger.Level.ERROR)
  @Message(id = 601, value = "%s notifications of thread %d not planned: %s")
  void notificationsNotPlanned(Object kind, long threadId, String failureTypes);

  @LogMessage(level = Logger.Level.ERROR)
  @Message(id = 602, value = "channel %s did not deliver %d %s notifications of thread %d: %s")
  void notificationsNotDelivered(
      String channel, int count, Object kind, long threadId, String failureTypes);

  @LogMessage(level = Logger.Level.WARN)
  @Message(id = 623, value = "outbox %s message %d not sent (try %d), tried again at %s: %s")
  void outboxRetry(Object channel, long messageId, int attempt, Object at, String failureTypes);

  @LogMessage(level = Logger.Level.ERROR)
  @Message(id = 624, value = "outbox %s message %d FAILED after %d tries: %s")
  void outboxFailed(Object channel, long messageId, int attempts, String failureTypes);

  @LogMessage(level = Logger.Level.WARN)
  @Message(id = 625, value = "outbox message %d was sent after its lease ran out")
  void outboxLeaseLost(long messageId);

  @LogMessage(level = Logger.Level.ERROR)
  @Message(id = 626, value = "outbox pass failed: %s")
  void outboxPassFailed(String failureTypes);

  @LogMessage(level = Logger.Level.WARN)
  @Message(id = 627, value = "delivery receipt not stored: %s")
  void receiptNotStored(String failureTypes);

  @LogMessage(level = Logger.Level.ERROR)
  @Message(id = 681, value = "scheduled job %s failed: %s")
  void jobFailed(String job, String failureTypes);
}
