package kz.kenes.forum.thread;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import kz.kenes.forum.content.ContentCooker;
import kz.kenes.forum.platform.DatabaseMigrations.SchemaReady;
import org.jboss.logging.Logger;

/**
 * At start-up, after a change of {@link ContentCooker#VERSION}, every post is cooked again from its
 * stored Markdown, in batches of one transaction each, so pages never show HTML that the current
 * sanitizer policy would not let through.
 */
@ApplicationScoped
public class Recooking {
  private static final Logger LOG = Logger.getLogger(Recooking.class);
  static final int BATCH = 500;

  @Inject ThreadService threads;

  void onSchemaReady(@Observes SchemaReady ready) {
    int total = 0;
    for (int done = threads.recookStale(BATCH); done > 0; done = threads.recookStale(BATCH)) {
      total += done;
    }
    if (total > 0) {
      LOG.infof(
          "KENES-0003 %d posts cooked again with cook version %d", total, ContentCooker.VERSION);
    }
  }
}
