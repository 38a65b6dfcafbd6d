package kz.kenes.web;

import java.lang.invoke.MethodHandles;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/**
 * The web layer's log lines, each with its {@code KENES-xxxx} id (docs/operations.md lists them):
 * the only way forum-web logs. Arguments follow forum-api's {@code LogText} policy.
 */
@MessageLogger(projectCode = "KENES-", length = 4)
public interface WebLog extends BasicLogger {
  WebLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), WebLog.class, "kz.kenes.web");

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 2, value = "demo data loaded")
  void demoDataLoaded();

  @LogMessage(level = Logger.Level.WARN)
  @Message(id = 11, value = "the development SMS centre at %s does not answer: %s")
  void devSmsCentreSilent(String centre, String failureTypes);

  @LogMessage(level = Logger.Level.WARN)
  @Message(id = 12, value = "the development SMS centre at %s answered %d")
  void devSmsCentreStatus(String centre, int status);

  @LogMessage(level = Logger.Level.WARN)
  @Message(id = 13, value = "the development SMS centre at %s answered something unreadable")
  void devSmsCentreUnreadable(String centre);

  @LogMessage(level = Logger.Level.WARN)
  @Message(
      id = 21,
      value =
          "the page cache's generation not shared with the cluster (%s): this node's pages dropped")
  void pageGenerationNotShared(String failureType);
}
