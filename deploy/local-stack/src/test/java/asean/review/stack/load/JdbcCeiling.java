package asean.review.stack.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.util.UUID;

import asean.review.contract.ContributionSubmitted;

/**
 * What the registry's PostgreSQL takes from one connection inserting in batches (addBatch, executeBatch, a commit per
 * batch, as a consumer committing each batch of records would): rows shaped as {@code contribution_version}'s, with
 * the content of a real contribution, into a scratch table of the registry's database, dropped afterwards.
 */
public final class JdbcCeiling {

    public static final int BATCH = 500;
    private static final String TABLE = "load_benchmark_scratch";

    private JdbcCeiling() {
    }

    /** Committed rows a second over {@code duration}, after {@code warmUp} of the same. */
    public static double rowsPerSecond(RegistryDatabase registry, SubmittedEvents events, Duration warmUp,
            Duration duration) throws SQLException {
        ContributionSubmitted event = events.event(0);
        String content = SubmittedEvents.contentOf(event);
        try (Connection connection = registry.connect()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS " + TABLE);
                ddl.execute("CREATE TABLE " + TABLE + " (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                        + " submission_id UUID NOT NULL UNIQUE, year INTEGER NOT NULL, ministry VARCHAR(64) NOT NULL,"
                        + " area VARCHAR(64) NOT NULL, pillar VARCHAR(16) NOT NULL, version INTEGER NOT NULL,"
                        + " content JSONB NOT NULL, submitted_at TIMESTAMPTZ NOT NULL,"
                        + " registered_at TIMESTAMPTZ NOT NULL)");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                    + " (submission_id, year, ministry, area, pillar, version, content, submitted_at, registered_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert(connection, insert, event, content, warmUp);
                long started = System.nanoTime();
                long rows = insert(connection, insert, event, content, duration);
                return rows / ((System.nanoTime() - started) / 1e9);
            } finally {
                connection.setAutoCommit(true);
                try (Statement ddl = connection.createStatement()) {
                    ddl.execute("DROP TABLE " + TABLE);
                }
            }
        }
    }

    private static long insert(Connection connection, PreparedStatement insert, ContributionSubmitted event,
            String content, Duration duration) throws SQLException {
        long rows = 0;
        long until = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < until) {
            Timestamp now = new Timestamp(System.currentTimeMillis());
            for (int i = 0; i < BATCH; i++) {
                insert.setObject(1, UUID.randomUUID());
                insert.setInt(2, event.contribution().year());
                insert.setString(3, event.contribution().ministry());
                insert.setString(4, event.contribution().area());
                insert.setString(5, event.contribution().pillar());
                insert.setInt(6, 1);
                insert.setObject(7, content, Types.OTHER);
                insert.setTimestamp(8, now);
                insert.setTimestamp(9, now);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
            rows += BATCH;
        }
        return rows;
    }
}
