package kz.kenes.forum.thread;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import kz.kenes.forum.content.ContentCooker;
import kz.kenes.forum.platform.DatabaseMigrations.SchemaReady;
import kz.kenes.forum.platform.ForumLog;

/**
 * At start-up, after a change of {@link ContentCooker#VERSION}, every post is cooked again from its
 * stored Markdown, in batches of one transaction each, so pages never show HTML that the current
 * sanitizer policy would not let through.
 */
@ApplicationScoped
public class Recooking {
  static final int BATCH = 500;

  @Inject ThreadService threads;

  void onSchemaReady(@Observes SchemaReady ready) {
    int total = 0;
    for (int done = threads.recookStale(BATCH); done > 0; done = threads.recookStale(BATCH)) {
      total += done;
    }
    if (total > 0) {
      ForumLog.LOG.recooked(total, ContentCooker.VERSION);
    }
  }
}
