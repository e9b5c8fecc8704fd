package asean.review.stack.durability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import asean.review.infra.Processes;
import asean.review.infra.postgres.PostgresServer;

/** How often the registry stored one request of a stream, and when it first registered it (epoch ms). */
record Stored(int copies, long registeredAt) {

    /** What the registry holds of {@code stream} once it holds every accepted request (or the time is up). */
    static Map<Integer, Stored> await(int postgresPort, SubmissionStream stream, Duration timeout)
            throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<Integer, Stored> stored = of(postgresPort, stream);
        while (!stored.keySet().containsAll(stream.accepted.keySet()) && System.nanoTime() < deadline) {
            Processes.sleep(Duration.ofSeconds(1));
            stored = of(postgresPort, stream);
        }
        Processes.sleep(Duration.ofSeconds(2)); // a late duplicate would be registered by now
        return of(postgresPort, stream);
    }

    /** What the registry holds of {@code stream} now. */
    static Map<Integer, Stored> of(int postgresPort, SubmissionStream stream) throws SQLException {
        Map<Integer, Stored> stored = new HashMap<>();
        try (Connection connection = PostgresServer.connect(postgresPort, "registry");
                PreparedStatement query = connection.prepareStatement("""
                        SELECT content->>'summary', count(*), min(registered_at) FROM contribution_version
                        WHERE content->>'summary' LIKE ? GROUP BY 1""")) {
            query.setString(1, stream.summaryPrefix() + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int n = Integer.parseInt(rows.getString(1).substring(stream.summaryPrefix().length()));
                    stored.put(n, new Stored(rows.getInt(2), rows.getTimestamp(3).getTime()));
                }
            }
        }
        return stored;
    }
}
