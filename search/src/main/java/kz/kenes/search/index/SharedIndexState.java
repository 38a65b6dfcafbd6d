package kz.kenes.search.index;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import kz.kenes.forum.platform.LogText;
import kz.kenes.search.SearchLog;

/**
 * The version of a shared (Elasticsearch/OpenSearch) index, kept in the one row of {@code
 * search_index_state} so that every node sees it and only one rebuilds it.
 *
 * <p>{@link #claimRebuild} locks the row ({@code select ... for update}): a node that finds another
 * version, or no version, or a rebuild claimed more than {@link #STALE_CLAIM} ago by a node that
 * never finished (it crashed), records its claim and commits; a node starting at the same time
 * waits on the lock and then sees the claim. {@link #rebuilt} records the version once the mass
 * indexer is done, {@link #released} gives the claim up if it failed.
 */
@ApplicationScoped
public class SharedIndexState {
  /**
   * A rebuild claimed longer ago than this and not done is taken over by the next node to start.
   */
  static final Duration STALE_CLAIM = Duration.ofMinutes(30);

  @Resource(lookup = "java:jboss/datasources/KenesDS")
  DataSource dataSource;

  /** A claimed rebuild: the version found (null: never built) and why it is rebuilt. */
  public record Claim(Integer storedVersion, String reason) {}

  /** Claims the rebuild of the shared index unless it is at {@code version} or being rebuilt. */
  public Optional<Claim> claimRebuild(int version) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        Optional<Claim> claim = claim(c, version);
        c.commit();
        return claim;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("KENES-0709 cannot read the shared index state", e);
    }
  }

  private Optional<Claim> claim(Connection c, int version) throws SQLException {
    Integer stored;
    String state;
    Instant claimedAt;
    String claimedBy;
    try (PreparedStatement select =
            c.prepareStatement(
                "select index_version, state, claimed_at, claimed_by from search_index_state"
                    + " where id = 1 for update");
        ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        throw new IllegalStateException("KENES-0710 search_index_state has no row");
      }
      int v = row.getInt(1);
      stored = row.wasNull() ? null : v;
      state = row.getString(2);
      Timestamp at = row.getTimestamp(3);
      claimedAt = at == null ? null : at.toInstant();
      claimedBy = row.getString(4);
    }
    String reason;
    if ("REINDEXING".equals(state)) {
      if (claimedAt != null && claimedAt.isAfter(Instant.now().minus(STALE_CLAIM))) {
        SearchLog.LOG.sharedRebuildUnderWay(LogText.escape(claimedBy), claimedAt);
        return Optional.empty();
      }
      reason = "taking over the rebuild " + claimedBy + " claimed at " + claimedAt;
    } else if (stored == null) {
      reason = "first start: no shared index version";
    } else if (stored != version) {
      reason = "shared index version " + stored + " → " + version;
    } else {
      return Optional.empty();
    }
    try (PreparedStatement update =
        c.prepareStatement(
            "update search_index_state set state = 'REINDEXING', claimed_by = ?, claimed_at = ?"
                + " where id = 1")) {
      update.setString(1, node());
      update.setTimestamp(2, Timestamp.from(Instant.now()));
      update.executeUpdate();
    }
    return Optional.of(new Claim(stored, reason));
  }

  /** Records that the shared index was rebuilt at {@code version}. */
  public void rebuilt(int version) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "update search_index_state set index_version = ?, state = 'DONE', done_at = ?"
                    + " where id = 1")) {
      update.setInt(1, version);
      update.setTimestamp(2, Timestamp.from(Instant.now()));
      update.executeUpdate();
    } catch (SQLException e) {
      SearchLog.LOG.sharedVersionNotRecorded(LogText.types(e));
    }
  }

  /** Gives up a claimed rebuild that failed: the next node to start claims it again. */
  public void released() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "update search_index_state set state = 'NONE' where id = 1"
                    + " and state = 'REINDEXING'")) {
      update.executeUpdate();
    } catch (SQLException e) {
      SearchLog.LOG.sharedRebuildNotReleased(LogText.types(e));
    }
  }

  private static String node() {
    String name = System.getProperty("jboss.node.name");
    if (name == null) {
      try {
        name = InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        name = "unknown";
      }
    }
    String id = name + "/" + ProcessHandle.current().pid();
    return id.length() > 100 ? id.substring(0, 100) : id;
  }
}
