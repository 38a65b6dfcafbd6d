package kz.kenes.forum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lease rules of the scheduled jobs on a real (H2) database with the real migration: one node
 * per tick, the holder keeps the job, another node takes it over only once the lease ran out, and
 * of nodes racing for one tick exactly one wins.
 */
class JobLeasesTest {
  static final Instant T0 = Instant.parse("2026-12-07T07:00:00Z");
  static final Duration PERIOD = Duration.ofMinutes(10);

  private JobLeases leases;
  private DataSource db;

  @BeforeEach
  void database() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:leases-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    h2.setUser("sa");
    h2.setPassword("sa");
    migrate(h2);
    db = h2;
    leases = new JobLeases(db);
  }

  static void migrate(DataSource database) throws Exception {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement();
        InputStream in =
            JobLeasesTest.class.getResourceAsStream(
                "/db/migration/V2026.12.06.10__job_lease.sql")) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!statement.isBlank()) {
          s.execute(statement);
        }
      }
    }
  }

  @Test
  void aNewJobIsTakenByTheFirstNodeAndRefusedToTheOtherWhileTheLeaseRuns() {
    leases.register("overdue-watch");
    leases.register("overdue-watch"); // the second node registers the same job

    assertThat(leases.take("overdue-watch", "a", T0, T0.plus(PERIOD))).isTrue();
    assertThat(leases.take("overdue-watch", "b", T0.plusSeconds(1), T0.plusSeconds(1).plus(PERIOD)))
        .isFalse();
    assertThat(leases.take("overdue-watch", "b", T0.plus(PERIOD).minusMillis(1), T0.plus(PERIOD)))
        .isFalse();

    JobLeases.Lease lease = leases.read("overdue-watch").orElseThrow();
    assertThat(lease.holder()).isEqualTo("a");
    assertThat(lease.until()).isEqualTo(T0.plus(PERIOD));
    assertThat(lease.runs()).isEqualTo(1);
  }

  @Test
  void theHolderKeepsTheJobAndAnotherNodeTakesItOverOnceTheLeaseRanOut() {
    leases.register("limit-sweep");
    assertThat(leases.take("limit-sweep", "a", T0, T0.plus(PERIOD))).isTrue();
    Instant next = T0.plus(PERIOD).plusSeconds(1);
    assertThat(leases.take("limit-sweep", "a", next, next.plus(PERIOD))).isTrue();

    // a dies: b's tick before a's lease ran out is refused, the one after takes the job
    Instant early = next.plus(PERIOD).minusSeconds(5);
    assertThat(leases.take("limit-sweep", "b", early, early.plus(PERIOD))).isFalse();
    Instant late = next.plus(PERIOD);
    assertThat(leases.take("limit-sweep", "b", late, late.plus(PERIOD))).isTrue();
    assertThat(leases.take("limit-sweep", "a", late.plusSeconds(1), late.plus(PERIOD))).isFalse();

    assertThat(leases.read("limit-sweep").orElseThrow())
        .isEqualTo(new JobLeases.Lease("b", late.plus(PERIOD), 3));
  }

  @Test
  void jobsHaveLeasesOfTheirOwn() {
    leases.register("one");
    leases.register("two");
    assertThat(leases.take("one", "a", T0, T0.plus(PERIOD))).isTrue();
    assertThat(leases.take("two", "b", T0, T0.plus(PERIOD))).isTrue();
    assertThat(leases.take("unknown", "a", T0, T0.plus(PERIOD))).isFalse();
    assertThat(leases.read("unknown")).isEmpty();
  }

  @Test
  void ofEightNodesRacingForOneTickExactlyOneRunsIt() throws Exception {
    leases.register("race");
    int nodes = 8;
    ExecutorService pool = Executors.newFixedThreadPool(nodes);
    try {
      for (int tick = 0; tick < 20; tick++) {
        Instant now = T0.plus(PERIOD.multipliedBy(tick));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
          String node = "node-" + n;
          Callable<Boolean> take =
              () -> {
                start.await();
                return leases.take("race", node, now, now.plus(PERIOD).minusMillis(1));
              };
          results.add(pool.submit(take));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> result : results) {
          won += result.get() ? 1 : 0;
        }
        assertThat(won).as("tick %d", tick).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(leases.read("race").orElseThrow().runs()).isEqualTo(20);
  }

  @Test
  void twoNodesTickingTheSameJobRunItOncePerPeriod() {
    leases.register("digest");
    MovableClock clock = new MovableClock(T0);
    AtomicInteger runs = new AtomicInteger();
    ScheduledJobs a = nodeOn(clock);
    ScheduledJobs b = nodeOn(clock);
    ScheduledJobs.Job job = new ScheduledJobs.Job("digest", PERIOD, runs::incrementAndGet);

    // both nodes tick every period, b three minutes after a, for ten periods
    for (int period = 0; period < 10; period++) {
      clock.now = T0.plus(PERIOD.multipliedBy(period));
      a.tick(job);
      clock.now = clock.now.plus(Duration.ofMinutes(3));
      b.tick(job);
    }
    assertThat(runs).hasValue(10);

    // a stops: b runs the job from its next tick after a's lease ran out
    for (int period = 10; period < 13; period++) {
      clock.now = T0.plus(PERIOD.multipliedBy(period)).plus(Duration.ofMinutes(3));
      assertThat(b.tick(job)).isTrue();
    }
    assertThat(runs).hasValue(13);
  }

  @Test
  void aFailingJobIsLoggedAndTickedAgain() {
    leases.register("fails");
    MovableClock clock = new MovableClock(T0);
    ScheduledJobs a = nodeOn(clock);
    AtomicInteger tries = new AtomicInteger();
    ScheduledJobs.Job job =
        new ScheduledJobs.Job(
            "fails",
            PERIOD,
            () -> {
              tries.incrementAndGet();
              throw new IllegalStateException("database away");
            });
    assertThat(a.tick(job)).isFalse();
    clock.now = T0.plus(PERIOD);
    assertThat(a.tick(job)).isFalse();
    assertThat(tries).hasValue(2);
  }

  @Test
  void aNameIsScheduledOnceAndPeriodsAreAtLeastOneSecond() {
    ScheduledJobs a = nodeOn(new MovableClock(T0));
    a.every("once", PERIOD, () -> {});
    org.assertj.core.api.Assertions.assertThatIllegalStateException()
        .isThrownBy(() -> a.every("once", PERIOD, () -> {}));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> a.every("fast", Duration.ofMillis(999), () -> {}));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> a.every("x".repeat(101), PERIOD, () -> {}));
  }

  @Test
  void oneWakeUpTicksTheDueJobsAndAJobTicksAgainOnePeriodAfterItsLastTick() {
    MovableClock clock = new MovableClock(T0);
    ScheduledJobs a = nodeOn(clock);
    a.scheduler =
        org.mockito.Mockito.mock(
            jakarta.enterprise.concurrent.ManagedScheduledExecutorService.class);
    java.util.concurrent.ScheduledFuture<?> wakeUp =
        org.mockito.Mockito.mock(java.util.concurrent.ScheduledFuture.class);
    org.mockito.Mockito.doReturn(wakeUp)
        .when(a.scheduler)
        .scheduleWithFixedDelay(
            org.mockito.ArgumentMatchers.any(Runnable.class),
            org.mockito.ArgumentMatchers.anyLong(),
            org.mockito.ArgumentMatchers.anyLong(),
            org.mockito.ArgumentMatchers.any());
    org.mockito.Mockito.doAnswer(
            run -> {
              run.<Runnable>getArgument(0).run();
              return null;
            })
        .when(a.scheduler)
        .execute(org.mockito.ArgumentMatchers.any(Runnable.class));
    AtomicInteger digests = new AtomicInteger();
    AtomicInteger sweeps = new AtomicInteger();
    a.every("digest", PERIOD, digests::incrementAndGet);
    a.every("sweep", Duration.ofMinutes(1), sweeps::incrementAndGet);
    a.start(null);

    a.wake();
    assertThat(digests).hasValue(1);
    assertThat(sweeps).hasValue(1);

    clock.now = T0.plus(Duration.ofMinutes(1));
    a.wake();
    assertThat(digests).as("not due before its period").hasValue(1);
    assertThat(sweeps).hasValue(2);

    clock.now = T0.plus(PERIOD);
    a.wake();
    assertThat(digests).hasValue(2);

    // one wake-up task for all jobs, cancelled when the application stops
    org.mockito.Mockito.verify(a.scheduler, org.mockito.Mockito.times(1))
        .scheduleWithFixedDelay(
            org.mockito.ArgumentMatchers.any(Runnable.class),
            org.mockito.ArgumentMatchers.anyLong(),
            org.mockito.ArgumentMatchers.eq(ScheduledJobs.WAKE.toMillis()),
            org.mockito.ArgumentMatchers.any());
    a.stop();
    org.mockito.Mockito.verify(wakeUp).cancel(false);
    clock.now = T0.plus(PERIOD.multipliedBy(5));
    a.wake();
    assertThat(digests).hasValue(2);
  }

  private ScheduledJobs nodeOn(Clock clock) {
    ScheduledJobs node = new ScheduledJobs();
    node.leases = leases;
    node.clock = clock;
    return node;
  }

  static final class MovableClock extends Clock {
    volatile Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
