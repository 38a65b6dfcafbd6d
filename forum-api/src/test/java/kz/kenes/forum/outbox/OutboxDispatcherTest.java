package kz.kenes.forum.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sender's claims, retries and outcomes on a real database: H2 in memory (the server's H2
 * version) with the outbox's own migration, the store's own SQL, an SMS transport of the test's.
 */
class OutboxDispatcherTest {
  private static final Instant NOON =
      LocalDateTime.parse("2026-12-07T12:00:00").atZone(QuietHours.KAZAKHSTAN).toInstant();

  private JdbcDataSource db;
  private OutboxStore store;
  private final MovableClock clock = new MovableClock(NOON);

  /** A transport that records what it was handed, and fails while told to. */
  static final class Centre implements MessageTransport {
    final Map<Long, AtomicInteger> received = new ConcurrentHashMap<>();
    volatile boolean down;

    @Override
    public OutboxChannel channel() {
      return OutboxChannel.SMS;
    }

    @Override
    public String send(OutgoingMessage message) throws Exception {
      if (down) {
        throw new ConnectException("connection refused to " + message.recipient());
      }
      received.computeIfAbsent(message.id(), id -> new AtomicInteger()).incrementAndGet();
      return "centre-" + message.id();
    }
  }

  @BeforeEach
  void database() throws Exception {
    db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    db.setUser("sa");
    db.setPassword("sa");
    migrate(db);
    store = new OutboxStore(db);
  }

  /** Runs the outbox's own migration on {@code database}. */
  static void migrate(javax.sql.DataSource database) throws Exception {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement();
        InputStream in =
            OutboxDispatcherTest.class.getResourceAsStream(
                "/db/migration/V2026.12.05.20__outbox.sql")) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!statement.isBlank()) {
          s.execute(statement);
        }
      }
    }
  }

  /** Writes {@code rows} urgent SMS due now, as Outbox does. */
  static void writeDue(javax.sql.DataSource database, Instant now, int rows) throws SQLException {
    try (Connection c = database.getConnection();
        PreparedStatement s = c.prepareStatement(OutboxStore.INSERT)) {
      for (int i = 0; i < rows; i++) {
        s.setString(1, "SMS");
        s.setString(2, "+77011234567");
        s.setString(3, null);
        s.setString(4, "Kenes: өтінішіңіз тіркелді");
        s.setString(5, "NOW");
        s.setLong(6, now.toEpochMilli());
        s.setLong(7, now.toEpochMilli());
        s.setLong(8, now.toEpochMilli());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /**
   * {@code nodes} senders drain the same table at once; returns what each sent. Every row must be
   * sent by exactly one.
   */
  static List<Integer> race(OutboxStore store, Centre centre, Clock clock, int nodes)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(nodes);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> passes = new ArrayList<>();
    for (int n = 0; n < nodes; n++) {
      OutboxDispatcher sender =
          new OutboxDispatcher(
              store,
              channel -> Optional.of(centre),
              clock,
              RetryPolicy.DEFAULT,
              QuietHours.DEFAULT,
              "node-" + n);
      passes.add(
          pool.submit(
              () -> {
                go.await();
                return sender.drain();
              }));
    }
    go.countDown();
    List<Integer> perNode = new ArrayList<>();
    for (Future<Integer> pass : passes) {
      perNode.add(pass.get());
    }
    pool.shutdown();
    return perNode;
  }

  private long write(Urgency urgency, Instant next) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(OutboxStore.INSERT, Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, "SMS");
      s.setString(2, "+77011234567");
      s.setString(3, null);
      s.setString(4, "Kenes: өтінішіңіз тіркелді");
      s.setString(5, urgency.name());
      s.setLong(6, clock.instant().toEpochMilli());
      s.setLong(7, clock.instant().toEpochMilli());
      s.setLong(8, next.toEpochMilli());
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private long write() throws SQLException {
    return write(Urgency.NOW, clock.instant());
  }

  private OutboxDispatcher dispatcher(Centre centre, String node) {
    return new OutboxDispatcher(
        store,
        channel -> Optional.of(centre),
        clock,
        RetryPolicy.DEFAULT,
        QuietHours.DEFAULT,
        node);
  }

  private OutboxEntry entry(long id) {
    return store.find(id).orElseThrow();
  }

  @Test
  void aDueMessageIsSentOnceAndMarkedSentWithTheCentresId() throws Exception {
    long id = write();
    Centre centre = new Centre();
    OutboxDispatcher sender = dispatcher(centre, "a");

    assertThat(sender.drain()).isEqualTo(1);
    assertThat(sender.drain()).isZero();

    assertThat(centre.received.get(id)).hasValue(1);
    OutboxEntry sent = entry(id);
    assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(1);
    assertThat(sent.sentAt()).isEqualTo(NOON);
    assertThat(sent.centreMessageId()).isEqualTo("centre-" + id);
    assertThat(sent.recipient()).isEqualTo("+7701***4567");
  }

  @Test
  void aMessageNotDueYetWaits() throws Exception {
    long id = write(Urgency.NOW, NOON.plusSeconds(60));
    Centre centre = new Centre();
    assertThat(dispatcher(centre, "a").drain()).isZero();
    clock.move(Duration.ofSeconds(60));
    assertThat(dispatcher(centre, "a").drain()).isEqualTo(1);
    assertThat(centre.received.get(id)).hasValue(1);
  }

  @Test
  void aRefusedSendIsTriedAgainWithGrowingDelaysAndItsFailureTypeOnly() throws Exception {
    long id = write();
    Centre centre = new Centre();
    centre.down = true;
    OutboxDispatcher sender = dispatcher(centre, "a");

    assertThat(sender.drain()).isZero();
    OutboxEntry first = entry(id);
    assertThat(first.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(first.nextAttemptAt()).isEqualTo(NOON.plusSeconds(30));
    assertThat(first.lastFailure()).isEqualTo("java.net.ConnectException").doesNotContain("+7701");

    clock.move(Duration.ofSeconds(29));
    assertThat(sender.drain()).isZero();
    assertThat(entry(id).attempts()).isEqualTo(1);

    clock.move(Duration.ofSeconds(1));
    sender.drain();
    assertThat(entry(id).attempts()).isEqualTo(2);
    assertThat(entry(id).nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(60));

    centre.down = false;
    clock.move(Duration.ofSeconds(60));
    assertThat(sender.drain()).isEqualTo(1);
    assertThat(entry(id).status()).isEqualTo(OutboxStatus.SENT);
    assertThat(entry(id).lastFailure()).isNull();
    assertThat(centre.received.get(id)).hasValue(1);
  }

  @Test
  void aMessageTheCentreRefusesForADayIsFailed() throws Exception {
    long id = write();
    Centre centre = new Centre();
    centre.down = true;
    OutboxDispatcher sender = dispatcher(centre, "a");
    for (int i = 0; i < 100 && entry(id).status() == OutboxStatus.PENDING; i++) {
      sender.drain();
      OutboxEntry now = entry(id);
      if (now.nextAttemptAt() != null && now.nextAttemptAt().isAfter(clock.instant())) {
        clock.set(now.nextAttemptAt());
      }
    }
    OutboxEntry failed = entry(id);
    assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(failed.attempts()).isBetween(28, 32);
    assertThat(Duration.between(NOON, clock.instant())).isLessThan(Duration.ofHours(24));
    assertThat(centre.received).isEmpty();

    centre.down = false;
    clock.move(Duration.ofDays(2));
    assertThat(sender.drain()).as("a FAILED message waits for an admin").isZero();
  }

  @Test
  void aDaytimeSmsFailingAtNightIsRetriedOnlyInTheMorning() throws Exception {
    clock.set(LocalDateTime.parse("2026-12-07T21:59:50").atZone(QuietHours.KAZAKHSTAN).toInstant());
    long id = write(Urgency.DAYTIME, clock.instant());
    Centre centre = new Centre();
    centre.down = true;
    dispatcher(centre, "a").drain();
    assertThat(entry(id).nextAttemptAt())
        .isEqualTo(
            LocalDateTime.parse("2026-12-08T08:00:00").atZone(QuietHours.KAZAKHSTAN).toInstant());
  }

  @Test
  void anUrgentSmsFailingAtNightIsRetriedAtNight() throws Exception {
    clock.set(LocalDateTime.parse("2026-12-07T23:00:00").atZone(QuietHours.KAZAKHSTAN).toInstant());
    long id = write(Urgency.NOW, clock.instant());
    Centre centre = new Centre();
    centre.down = true;
    dispatcher(centre, "a").drain();
    assertThat(entry(id).nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));
  }

  @Test
  void twoSendersRacingOnTheSameRowsSendEachOnce() throws Exception {
    int rows = 300;
    writeDue(db, clock.instant(), rows);
    Centre centre = new Centre();
    List<Integer> perNode = race(store, centre, clock, 4);

    assertThat(perNode.stream().mapToInt(Integer::intValue).sum()).isEqualTo(rows);
    assertThat(centre.received).hasSize(rows);
    assertThat(centre.received.values()).allSatisfy(count -> assertThat(count).hasValue(1));
    assertThat(store.list(OutboxStatus.SENT, 1000))
        .hasSize(rows)
        .allSatisfy(e -> assertThat(e.attempts()).isEqualTo(1));
    assertThat(perNode.stream().filter(n -> n > 0).count())
        .as("the nodes shared the work: %s", perNode)
        .isGreaterThan(1);
  }

  @Test
  void aClaimHeldByADeadNodeIsTakenOverWhenItsLeaseRunsOut() throws Exception {
    long id = write();
    Instant now = clock.instant();
    assertThat(store.claim(id, "dead", now, now.plus(OutboxDispatcher.LEASE))).isPresent();
    Centre centre = new Centre();

    assertThat(dispatcher(centre, "b").drain()).as("leased by another node").isZero();
    clock.move(OutboxDispatcher.LEASE.plusSeconds(1));
    assertThat(dispatcher(centre, "b").drain()).isEqualTo(1);
    assertThat(centre.received.get(id)).hasValue(1);

    assertThat(store.sent(id, "dead", clock.instant(), "late"))
        .as("the dead node's late outcome does not overwrite")
        .isFalse();
    assertThat(store.retry(id, "dead", clock.instant(), "x")).isFalse();
    assertThat(entry(id).centreMessageId()).isEqualTo("centre-" + id);
    assertThat(entry(id).attempts()).isEqualTo(2);
  }

  @Test
  void aDeliveryReceiptIsStoredOnTheMessageTheCentreNamed() throws Exception {
    long id = write();
    dispatcher(new Centre(), "a").drain();
    assertThat(store.receipt("centre-" + id, "DELIVRD", NOON.plusSeconds(5))).isEqualTo(1);
    assertThat(store.receipt("centre-unknown", "DELIVRD", NOON)).isZero();
    assertThat(entry(id).receiptStatus()).isEqualTo("DELIVRD");
    assertThat(entry(id).receiptAt()).isEqualTo(NOON.plusSeconds(5));
  }

  @Test
  void aFailedMessageRequeuedByAnAdminGetsAFreshDay() throws Exception {
    long id = write();
    Centre centre = new Centre();
    centre.down = true;
    clock.move(Duration.ofHours(30));
    dispatcher(centre, "a").drain();
    assertThat(entry(id).status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(requeue(id)).isEqualTo(1);
    assertThat(requeue(id)).as("only a FAILED message").isZero();
    OutboxEntry again = entry(id);
    assertThat(again.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(again.attempts()).isZero();
    assertThat(again.lastFailure()).isNull();

    dispatcher(centre, "a").drain();
    assertThat(entry(id).status()).as("a new day of tries").isEqualTo(OutboxStatus.PENDING);
    centre.down = false;
    clock.move(Duration.ofMinutes(1));
    dispatcher(centre, "a").drain();
    assertThat(entry(id).status()).isEqualTo(OutboxStatus.SENT);
  }

  private int requeue(long id) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(OutboxStore.REQUEUE)) {
      s.setLong(1, clock.instant().toEpochMilli());
      s.setLong(2, clock.instant().toEpochMilli());
      s.setLong(3, id);
      return s.executeUpdate();
    }
  }

  @Test
  void adminsSeeNoTextOfUrgentSmsAndOnlyTheSubjectOfEmail() throws Exception {
    long urgent = write(Urgency.NOW, clock.instant());
    long daytime = write(Urgency.DAYTIME, clock.instant());
    assertThat(entry(urgent).text()).isNull();
    assertThat(entry(daytime).text()).isEqualTo("Kenes: өтінішіңіз тіркелді");
    assertThat(OutboxEntry.mask(OutboxChannel.EMAIL, "resident@kenes.example"))
        .isEqualTo("r***@kenes.example");
  }

  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    private final AtomicReference<Instant> now;

    MovableClock(Instant start) {
      now = new AtomicReference<>(start);
    }

    void move(Duration by) {
      now.updateAndGet(t -> t.plus(by));
    }

    void set(Instant to) {
      now.set(to);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
