package kz.kenes.search;

import java.lang.invoke.MethodHandles;
import java.time.Instant;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/**
 * The search module's log lines, each with its {@code KENES-07xx} id (docs/operations.md lists
 * them): the only way this module logs. Arguments follow forum-api's {@code LogText} policy: file
 * failures as the escaped exception (a path, no user data), database failures as their types.
 */
@MessageLogger(projectCode = "KENES-", length = 4)
public interface SearchLog extends BasicLogger {
  SearchLog LOG =
      Logger.getMessageLogger(MethodHandles.lookup(), SearchLog.class, "kz.kenes.search");

  @LogMessage(level = Logger.Level.WARN)
  @Message(id = 701, value = "cannot remove the clean-shutdown mark of the index: %s")
  void cleanMarkNotRemoved(String failure);

  @LogMessage(level = Logger.Level.WARN)
  @Message(id = 702, value = "cannot write the clean-shutdown mark of the index: %s")
  void cleanMarkNotWritten(String failure);

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 703, value = "search reindex started: %s")
  void reindexStarted(String reason);

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 704, value = "search reindex done in %d ms")
  void reindexDone(long millis);

  @LogMessage(level = Logger.Level.ERROR)
  @Message(id = 705, value = "search reindex failed after %d ms: %s")
  void reindexFailed(long millis, String failureTypes);

  @LogMessage(level = Logger.Level.WARN)
  @Message(id = 706, value = "%s is not set: no index version is kept")
  void noIndexDirectory(String property);

  @LogMessage(level = Logger.Level.WARN)
  @Message(id = 707, value = "cannot create the index directory: %s")
  void indexDirectoryNotCreated(String failure);

  @LogMessage(level = Logger.Level.WARN)
  @Message(id = 708, value = "cannot write the index version: %s")
  void indexVersionNotWritten(String failure);

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 711, value = "the shared search index is being rebuilt by %s since %s")
  void sharedRebuildUnderWay(String node, Instant since);

  @LogMessage(level = Logger.Level.WARN)
  @Message(id = 712, value = "cannot record the shared index version: %s")
  void sharedVersionNotRecorded(String failureTypes);

  @LogMessage(level = Logger.Level.WARN)
  @Message(id = 713, value = "cannot release the claimed rebuild of the shared index: %s")
  void sharedRebuildNotReleased(String failureTypes);

  @LogMessage(level = Logger.Level.WARN)
  @Message(id = 714, value = "the search index cannot be reached: %s")
  void indexUnreachable(String failureTypes);

  @LogMessage(level = Logger.Level.INFO)
  @Message(
      id = 715,
      value = "search reconciliation repaired: %d documents re-enqueued, %d deleted, %d left")
  void reconciliationRepaired(int reindexed, int purged, long left);
}
