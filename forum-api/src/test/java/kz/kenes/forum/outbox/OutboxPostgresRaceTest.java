package kz.kenes.forum.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The claim race of {@link OutboxDispatcherTest} on PostgreSQL, whose concurrent updates of one row
 * behave differently from H2's (the loser re-checks the condition on the winner's committed row).
 * Runs when a PostgreSQL is reachable at {@code -Dkenes.test.pg.url} (default the integration
 * tests' {@code jdbc:postgresql://localhost:5432/kenes_it}, role kenes/kenes; {@code .ci/run}
 * creates it), in a schema of its own that it drops afterwards; skipped otherwise.
 */
class OutboxPostgresRaceTest {
  private PGSimpleDataSource db;
  private String schema;

  @BeforeEach
  void database() throws Exception {
    PGSimpleDataSource admin = new PGSimpleDataSource();
    admin.setURL(
        System.getProperty("kenes.test.pg.url", "jdbc:postgresql://localhost:5432/kenes_it"));
    admin.setUser(System.getProperty("kenes.test.pg.user", "kenes"));
    admin.setPassword(System.getProperty("kenes.test.pg.password", "kenes"));
    admin.setConnectTimeout(3);
    schema = "outbox_race_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = admin.getConnection();
        Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
    } catch (SQLException unreachable) {
      assumeTrue(false, "no PostgreSQL at " + admin.getURL() + ": " + unreachable.getSQLState());
    }
    db = admin;
    db.setCurrentSchema(schema);
    OutboxDispatcherTest.migrate(db);
  }

  @AfterEach
  void drop() throws SQLException {
    if (db != null) {
      try (Connection c = db.getConnection();
          Statement s = c.createStatement()) {
        s.execute("drop schema " + schema + " cascade");
      }
    }
  }

  @Test
  void fourSendersRacingOnTheSameRowsSendEachOnce() throws Exception {
    // each statement opens a connection of its own here (no pool): few rows keep it quick
    int rows = 60;
    Instant now = Instant.parse("2026-12-07T07:00:00Z");
    OutboxDispatcherTest.writeDue(db, now, rows);
    OutboxStore store = new OutboxStore(db);
    OutboxDispatcherTest.Centre centre = new OutboxDispatcherTest.Centre();

    List<Integer> perNode =
        OutboxDispatcherTest.race(store, centre, new OutboxDispatcherTest.MovableClock(now), 4);

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
}
