package kz.kenes.forum.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.kenes.forum.platform.DatabaseMigrations.SchemaReady;
import kz.kenes.forum.platform.ForumLog;
import kz.kenes.forum.platform.LogText;
import kz.kenes.forum.platform.ScheduledJobs;

/**
 * Sends the outbox on this node: woken after every commit that wrote a message, and by a sweep
 * every {@link OutboxSettings#sweep()} (30 s at most), run by one node of the cluster at a time
 * ({@link ScheduledJobs}), for the retries and for the messages of a node that died holding them.
 * Several nodes may run it on one database: each row is claimed by one of them ({@link
 * OutboxStore}). One pass at a time per node, on the managed executor.
 */
@ApplicationScoped
public class OutboxSender {

  static final String JOB = "outbox-sweep";

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject ScheduledJobs jobs;
  @Inject OutboxStore store;
  @Inject OutboxSettings settings;
  @Inject Clock clock;
  @Inject @Any Instance<MessageTransport> transports;

  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean requested = new AtomicBoolean();
  private volatile OutboxDispatcher dispatcher;
  private volatile boolean stopped;

  void start(@Observes SchemaReady ready) {
    dispatcher =
        new OutboxDispatcher(
            store,
            this::transport,
            clock,
            settings.retry(),
            settings.quiet(),
            "node-" + UUID.randomUUID());
    Duration oneSecond = Duration.ofSeconds(1);
    Duration period = settings.sweep();
    jobs.every(JOB, period.compareTo(oneSecond) < 0 ? oneSecond : period, this::nudge);
  }

  void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
    nudge();
  }

  /** Asks for a pass soon; a pass already running takes the request. */
  public void nudge() {
    if (stopped || dispatcher == null) {
      return;
    }
    requested.set(true);
    if (draining.compareAndSet(false, true)) {
      try {
        scheduler.execute(this::run);
      } catch (RuntimeException rejected) {
        draining.set(false);
      }
    }
  }

  private void run() {
    do {
      try {
        while (!stopped && requested.getAndSet(false)) {
          dispatcher.drain();
        }
      } catch (RuntimeException failure) {
        ForumLog.LOG.outboxPassFailed(LogText.types(failure));
      }
      draining.set(false);
    } while (!stopped && requested.get() && draining.compareAndSet(false, true));
  }

  private Optional<MessageTransport> transport(OutboxChannel channel) {
    for (MessageTransport transport : transports) {
      if (transport.channel() == channel) {
        return Optional.of(transport);
      }
    }
    return Optional.empty();
  }

  @PreDestroy
  void stop() {
    stopped = true;
  }
}
