package kz.kenes.forum.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import kz.kenes.forum.platform.DatabaseMigrations.SchemaReady;

/**
 * The jobs that run about once per period in the whole cluster, not once per node (docs/adr/0009):
 * every node ticks each job on its managed executor, and a tick runs the job only when this node
 * takes the job's lease in the database ({@link JobLeases}) for one period. The node that ran the
 * last tick keeps the lease; when it stops or dies, another node takes the job over at its next
 * tick after the lease ran out. The first tick is at start-up, after {@link SchemaReady}.
 *
 * <p>A job must still be idempotent: a run that lasts longer than its period may overlap the next
 * node's run, and a node may die half-way through one.
 */
@ApplicationScoped
public class ScheduledJobs {

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject JobLeases leases;
  @Inject Clock clock;

  private final String node =
      System.getProperty("jboss.node.name", "node")
          + "/"
          + UUID.randomUUID().toString().substring(0, 8);
  private final Map<String, Job> jobs = new LinkedHashMap<>();

  /** When each scheduled job ticks next on this node; absent while a tick runs. */
  private final Map<String, Instant> nextTick = new ConcurrentHashMap<>();

  private ScheduledFuture<?> wake;
  private boolean ready;
  private boolean stopped;

  /**
   * How often this node looks for due ticks. One short wake-up for all jobs, not a delayed task per
   * job: a cancelled task stays in the executor's queue until its delay runs out, and a job with a
   * period of an hour or a week kept the whole undeployed application (class loader, session
   * factory) reachable from the server's executor that long, so redeployments ran out of heap.
   */
  static final Duration WAKE = Duration.ofSeconds(1);

  record Job(String name, Duration period, Runnable task) {}

  /**
   * Runs {@code task} about once per {@code period} in the cluster, first at start-up once the
   * schema is ready. {@code name} identifies the job on every node (at most 100 characters); one
   * name is scheduled once.
   */
  public synchronized void every(String name, Duration period, Runnable task) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(task, "task");
    if (name.isBlank() || name.length() > 100) {
      throw new IllegalArgumentException("a job's name has 1 to 100 characters: " + name);
    }
    if (period.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("a job's period is at least 1 s: " + name);
    }
    if (jobs.containsKey(name)) {
      throw new IllegalStateException("the job " + name + " is scheduled already");
    }
    Job job = new Job(name, period, task);
    jobs.put(name, job);
    if (ready) {
      schedule(job);
    }
  }

  synchronized void start(@Observes SchemaReady schemaReady) {
    ready = true;
    jobs.values().forEach(this::schedule);
  }

  private void schedule(Job job) {
    if (stopped) {
      return;
    }
    leases.register(job.name());
    nextTick.put(job.name(), Instant.EPOCH);
    if (wake == null) {
      wake =
          scheduler.scheduleWithFixedDelay(this::wake, 0, WAKE.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Starts the tick of every job that is due, each on the executor of its own (a long job does not
   * hold up the others); a job ticks again one period after its last tick ended.
   */
  void wake() {
    Instant now = clock.instant();
    List<Job> due = new ArrayList<>();
    synchronized (this) {
      if (stopped) {
        return;
      }
      for (Job job : jobs.values()) {
        Instant next = nextTick.get(job.name());
        if (next != null && !next.isAfter(now) && nextTick.remove(job.name(), next)) {
          due.add(job);
        }
      }
    }
    for (Job job : due) {
      try {
        scheduler.execute(
            () -> {
              try {
                tick(job);
              } finally {
                nextTick.put(job.name(), clock.instant().plus(job.period()));
              }
            });
      } catch (RejectedExecutionException stopping) {
        nextTick.put(job.name(), now);
      }
    }
  }

  /** One tick of the job on this node: runs it when this node takes the lease. */
  boolean tick(Job job) {
    try {
      Instant now = clock.instant();
      if (!leases.take(job.name(), node, now, now.plus(job.period()))) {
        return false;
      }
      job.task().run();
      return true;
    } catch (RuntimeException failure) {
      ForumLog.LOG.jobFailed(job.name(), LogText.types(failure));
      return false;
    }
  }

  /** This node's name in the lease table. */
  public String node() {
    return node;
  }

  @PreDestroy
  synchronized void stop() {
    stopped = true;
    if (wake != null) {
      wake.cancel(false);
      wake = null;
    }
  }
}
