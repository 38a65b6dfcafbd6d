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
}
