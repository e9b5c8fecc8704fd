package asean.review.ingest.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import asean.review.ingest.config.IngestConfig;
import io.quarkus.scheduler.Scheduled;

/**
 * The Idempotency-Keys answered so far (scoped by ministry), with the fingerprint of the body first
 * sent with each, in PostgreSQL: every ingest instance sees them and they outlive a restart. A key is
 * remembered for the configured retention.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);

    private final DataSource database;
    private final IngestConfig config;
    private final Clock clock;

    public IdempotencyStore(DataSource database, IngestConfig config, Clock clock) {
        this.database = database;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Claims {@code scopedKey} for a body with {@code fingerprint} unless it was claimed before, and returns
     * the fingerprint the key is held for: {@code fingerprint} itself if this is the first use or a retry.
     */
    public String claim(String scopedKey, String fingerprint, UUID submissionId) {
        // One statement: the "update" of a key claimed before changes nothing but returns the row as committed
        // (after waiting for a claim in flight), so two requests racing with one key never both win.
        try (Connection connection = database.getConnection();
                PreparedStatement claim = connection.prepareStatement("""
                        INSERT INTO idempotency_key (scoped_key, fingerprint, submission_id) VALUES (?, ?, ?)
                        ON CONFLICT (scoped_key) DO UPDATE SET fingerprint = idempotency_key.fingerprint
                        RETURNING fingerprint""")) {
            claim.setString(1, scopedKey);
            claim.setString(2, fingerprint);
            claim.setObject(3, submissionId);
            try (ResultSet held = claim.executeQuery()) {
                held.next();
                return held.getString(1);
            }
        } catch (SQLException e) {
            throw new IdempotencyStoreUnavailableException(e);
        }
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetExpiredKeys() {
        try (Connection connection = database.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM idempotency_key WHERE created_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(clock.instant().minus(config.idempotencyRetention())));
            int forgotten = delete.executeUpdate();
            LOG.debugf("forgot %d Idempotency-Keys older than %s", forgotten, config.idempotencyRetention());
        } catch (SQLException e) {
            LOG.warnf("could not forget expired Idempotency-Keys (tried again in an hour): %s", e.getMessage());
        }
    }
}
