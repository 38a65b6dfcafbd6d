package kz.kenes.forum.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The table {@code outbox_message} in plain SQL (the same on H2 and PostgreSQL), for the sender. No
 * entity maps it and no page for visitors shows it.
 *
 * <p>Sending once with several nodes: a node <em>claims</em> a due row by one conditional {@code
 * UPDATE} that sets a lease (an owner token and an expiry) only if the row is still PENDING, due
 * and not leased by anyone else; the database lets exactly one of several concurrent claims update
 * the row (both H2 and PostgreSQL re-check the condition on the row a competing claim committed).
 * Every later update of the row names the owner token, so a node whose lease expired (it hung or
 * died) cannot overwrite the outcome of the node that took the row over. The sender's statements
 * run outside any transaction, each committing on its own ({@code NOT_SUPPORTED}).
 */
@ApplicationScoped
public class OutboxStore {
  /**
   * Parameters: channel, recipient, subject, text, urgency, created, window start, next attempt.
   */
  public static final String INSERT =
      "insert into outbox_message (channel, recipient, subject, text, urgency, status, attempts,"
          + " created_ms, window_start_ms, next_attempt_ms) values (?, ?, ?, ?, ?, 'PENDING', 0,"
          + " ?, ?, ?)";

  static final String DUE =
      "select id from outbox_message where status = 'PENDING' and next_attempt_ms <= ?"
          + " and (lease_until_ms is null or lease_until_ms < ?) order by next_attempt_ms, id"
          + " limit ?";
  static final String CLAIM =
      "update outbox_message set lease_owner = ?, lease_until_ms = ?, attempts = attempts + 1"
          + " where id = ? and status = 'PENDING' and next_attempt_ms <= ?"
          + " and (lease_until_ms is null or lease_until_ms < ?)";
  static final String CLAIMED =
      "select channel, recipient, subject, text, urgency, attempts, window_start_ms"
          + " from outbox_message where id = ? and lease_owner = ?";
  static final String SENT =
      "update outbox_message set status = 'SENT', sent_ms = ?, centre_message_id = ?,"
          + " last_failure = null, lease_owner = null, lease_until_ms = null"
          + " where id = ? and lease_owner = ?";
  static final String RETRY =
      "update outbox_message set next_attempt_ms = ?, last_failure = ?, lease_owner = null,"
          + " lease_until_ms = null where id = ? and lease_owner = ?";
  static final String FAILED =
      "update outbox_message set status = 'FAILED', last_failure = ?, lease_owner = null,"
          + " lease_until_ms = null where id = ? and lease_owner = ?";
  static final String RECEIPT =
      "update outbox_message set receipt_status = ?, receipt_ms = ?"
          + " where channel = 'SMS' and centre_message_id = ?";

  /** Parameters: next attempt, window start, id. Only a FAILED message goes back to PENDING. */
  public static final String REQUEUE =
      "update outbox_message set status = 'PENDING', attempts = 0, next_attempt_ms = ?,"
          + " window_start_ms = ?, last_failure = null, lease_owner = null, lease_until_ms = null"
          + " where id = ? and status = 'FAILED'";

  static final String LIST =
      "select id, channel, recipient, subject, text, urgency, status, attempts, created_ms,"
          + " next_attempt_ms, sent_ms, centre_message_id, receipt_status, receipt_ms,"
          + " last_failure from outbox_message";

  /** A claimed message and what deciding its next try needs. */
  public record Claimed(OutgoingMessage message, Urgency urgency, int attempts, Instant window) {}

  @Resource(lookup = "java:jboss/datasources/KenesDS")
  DataSource dataSource;

  protected OutboxStore() {}

  /** On a data source of one's own (tests). */
  public OutboxStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The ids of up to {@code limit} messages due at {@code now} and leased by nobody. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public List<Long> due(Instant now, int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(DUE)) {
      s.setLong(1, now.toEpochMilli());
      s.setLong(2, now.toEpochMilli());
      s.setInt(3, limit);
      List<Long> ids = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("KENES-0621 outbox not read", e);
    }
  }

  /**
   * Claims the message for {@code owner} until {@code leaseUntil} and counts the attempt; empty if
   * another node claimed it first or it is no longer due.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Optional<Claimed> claim(long id, String owner, Instant now, Instant leaseUntil) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s = c.prepareStatement(CLAIM)) {
        s.setString(1, owner);
        s.setLong(2, leaseUntil.toEpochMilli());
        s.setLong(3, id);
        s.setLong(4, now.toEpochMilli());
        s.setLong(5, now.toEpochMilli());
        if (s.executeUpdate() != 1) {
          return Optional.empty();
        }
      }
      try (PreparedStatement s = c.prepareStatement(CLAIMED)) {
        s.setLong(1, id);
        s.setString(2, owner);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            return Optional.empty();
          }
          OutboxChannel channel = OutboxChannel.valueOf(r.getString(1));
          return Optional.of(
              new Claimed(
                  new OutgoingMessage(id, channel, r.getString(2), r.getString(3), r.getString(4)),
                  Urgency.valueOf(r.getString(5)),
                  r.getInt(6),
                  Instant.ofEpochMilli(r.getLong(7))));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("KENES-0621 outbox not read", e);
    }
  }

  /** The owner's message was accepted. False if the lease was lost meanwhile. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public boolean sent(long id, String owner, Instant at, String centreMessageId) {
    return update(SENT, at.toEpochMilli(), truncate(centreMessageId, 100), id, owner) == 1;
  }

  /** The owner's message was not accepted: tried again at {@code next}. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public boolean retry(long id, String owner, Instant next, String failureType) {
    return update(RETRY, next.toEpochMilli(), truncate(failureType, 200), id, owner) == 1;
  }

  /** The owner's message ran out of tries. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public boolean failed(long id, String owner, String failureType) {
    return update(FAILED, truncate(failureType, 200), id, owner) == 1;
  }

  /** The SMS centre's delivery receipt for the message it gave this id. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public int receipt(String centreMessageId, String status, Instant at) {
    return update(RECEIPT, truncate(status, 30), at.toEpochMilli(), centreMessageId);
  }

  /** The newest {@code limit} messages of a status (all if null), newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<OutboxEntry> list(OutboxStatus status, int limit) {
    String sql = LIST + (status == null ? "" : " where status = ?") + " order by id desc limit ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      if (status != null) {
        s.setString(i++, status.name());
      }
      s.setInt(i, limit);
      List<OutboxEntry> entries = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          entries.add(entry(r));
        }
      }
      return entries;
    } catch (SQLException e) {
      throw new IllegalStateException("KENES-0621 outbox not read", e);
    }
  }

  /** One message as admins see it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<OutboxEntry> find(long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(LIST + " where id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(entry(r)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("KENES-0621 outbox not read", e);
    }
  }

  private static OutboxEntry entry(ResultSet r) throws SQLException {
    OutboxChannel channel = OutboxChannel.valueOf(r.getString(2));
    Urgency urgency = Urgency.valueOf(r.getString(6));
    boolean showText = channel == OutboxChannel.SMS && urgency == Urgency.DAYTIME;
    return new OutboxEntry(
        r.getLong(1),
        channel,
        OutboxEntry.mask(channel, r.getString(3)),
        channel == OutboxChannel.EMAIL ? r.getString(4) : null,
        showText ? r.getString(5) : null,
        urgency,
        OutboxStatus.valueOf(r.getString(7)),
        r.getInt(8),
        instant(r, 9),
        instant(r, 10),
        instant(r, 11),
        r.getString(12),
        r.getString(13),
        instant(r, 14),
        r.getString(15));
  }

  private static Instant instant(ResultSet r, int column) throws SQLException {
    long ms = r.getLong(column);
    return r.wasNull() ? null : Instant.ofEpochMilli(ms);
  }

  private int update(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        Object p = params[i];
        if (p == null) {
          s.setNull(i + 1, Types.VARCHAR);
        } else if (p instanceof Long l) {
          s.setLong(i + 1, l);
        } else {
          s.setString(i + 1, p.toString());
        }
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("KENES-0622 outbox not written", e);
    }
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
