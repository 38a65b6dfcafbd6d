package kz.kenes.forum.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The leases of the scheduled jobs (table {@code job_lease}) in plain SQL, the same on H2 and
 * PostgreSQL. A node <em>takes</em> a job's lease for one tick with one conditional {@code UPDATE}
 * that succeeds only when the lease ran out or the node holds it already: of several nodes trying
 * at once the database lets exactly one update the row (both H2 and PostgreSQL re-check the
 * condition on a competing update's committed row), so two nodes never both run a tick. Each
 * statement commits on its own ({@code NOT_SUPPORTED}): a lease is never part of a use case.
 */
@ApplicationScoped
public class JobLeases {
  static final String CREATE =
      "insert into job_lease (name, holder, held_until_ms, runs) values (?, '', 0, 0)";
  static final String TAKE =
      "update job_lease set holder = ?, held_until_ms = ?, runs = runs + 1, last_run_ms = ?"
          + " where name = ? and (held_until_ms <= ? or holder = ?)";
  static final String READ = "select holder, held_until_ms, runs from job_lease where name = ?";

  /** A job's lease as stored: who holds it until when, and how many ticks ran. */
  public record Lease(String holder, Instant until, long runs) {}

  @Resource(lookup = "java:jboss/datasources/KenesDS")
  DataSource dataSource;

  protected JobLeases() {}

  /** On a data source of one's own (tests). */
  public JobLeases(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Creates the job's row unless it exists (another node may create it at the same moment). */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void register(String name) {
    if (read(name).isPresent()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(CREATE)) {
      s.setString(1, name);
      s.executeUpdate();
    } catch (SQLException createdMeanwhile) {
      if (read(name).isEmpty()) {
        throw new IllegalStateException("KENES-0680 job lease not created", createdMeanwhile);
      }
    }
  }

  /**
   * Takes the job's lease for {@code holder} until {@code until} and counts the run: true when the
   * lease had run out at {@code now} or {@code holder} held it; false when another node holds it.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public boolean take(String name, String holder, Instant now, Instant until) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(TAKE)) {
      s.setString(1, holder);
      s.setLong(2, until.toEpochMilli());
      s.setLong(3, now.toEpochMilli());
      s.setString(4, name);
      s.setLong(5, now.toEpochMilli());
      s.setString(6, holder);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("KENES-0680 job lease not taken", e);
    }
  }

  /** The job's lease, empty before any node registered the job. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Optional<Lease> read(String name) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(READ)) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Lease(r.getString(1), Instant.ofEpochMilli(r.getLong(2)), r.getLong(3)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("KENES-0680 job lease not read", e);
    }
  }
}
