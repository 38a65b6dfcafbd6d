package kz.kenes.forum.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the newest version before anything else uses the database. Migrations are
 * plain SQL under {@code db/migration} of each module's jar, versioned by date so that the modules'
 * migrations interleave in the order they were written; the same files run on H2 and PostgreSQL.
 * Once done, it fires {@link SchemaReady} for start-up work that needs the schema.
 */
@ApplicationScoped
public class DatabaseMigrations {

  @Resource(lookup = "java:jboss/datasources/KenesDS")
  DataSource dataSource;

  @Inject Event<SchemaReady> schemaReady;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    MigrateResult result =
        Flyway.configure(DatabaseMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            // Each module numbers its own migrations by its own date prefix (forum-api
            // 2026.11.27.n, moderation 2026.11.28.n): a module's new migration may sort below
            // one another module applied earlier, and must still run on upgrade.
            .outOfOrder(true)
            // The cluster's discovery (JGroups JDBC_PING, docs/adr/0009) creates its table
            // JGROUPSPING before the application starts: on a new database that is the only
            // table, and Flyway starts the history below every migration instead of refusing.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    ForumLog.LOG.schemaAt(
        result.migrationsExecuted > 0 ? result.targetSchemaVersion : result.initialSchemaVersion,
        result.migrationsExecuted);
    schemaReady.fire(new SchemaReady());
  }

  /** Fired once at start-up after the schema is current. */
  public record SchemaReady() {}
}
