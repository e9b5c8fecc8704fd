package asean.review.ingest.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.ingest.service.Draft.DraftContent;
import io.quarkus.scheduler.Scheduled;

/**
 * Forms posted after the officer's session ended, kept while he signs in again, so that nothing typed is lost. A
 * form is bound to the browser that posted it (its CSRF cookie, which outlives the session) and to its draft; only
 * that browser, signed in as the draft's owner, takes it back. Kept one day at most.
 */
@ApplicationScoped
public class FormsLeftAtSignIn {

    static final Duration KEPT = Duration.ofDays(1);

    private final DataSource database;
    private final ObjectMapper json;
    private final Clock clock;

    public FormsLeftAtSignIn(DataSource database, ObjectMapper json, Clock clock) {
        this.database = database;
        this.json = json;
        this.clock = clock;
    }

    /** Keeps {@code content}, posted for draft {@code draftId} by the browser of {@code csrfCookie}. */
    public UUID keep(UUID draftId, String csrfCookie, DraftContent content) {
        UUID id = UUID.randomUUID();
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO form_left_at_sign_in (id, draft_id, browser, form, created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, draftId);
            insert.setString(3, browser(csrfCookie));
            insert.setString(4, json.writeValueAsString(content));
            insert.setTimestamp(5, Timestamp.from(clock.instant()));
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new DraftStoreUnavailableException(e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes back (once) the form {@code id} kept for {@code draftId} from the same browser, if it is still kept. */
    public Optional<DraftContent> take(UUID id, UUID draftId, String csrfCookie) {
        try (Connection connection = database.getConnection();
                PreparedStatement delete = connection.prepareStatement("""
                        DELETE FROM form_left_at_sign_in WHERE id = ? AND draft_id = ? AND browser = ? AND created_at > ?
                        RETURNING form""")) {
            delete.setObject(1, id);
            delete.setObject(2, draftId);
            delete.setString(3, browser(csrfCookie));
            delete.setTimestamp(4, Timestamp.from(clock.instant().minus(KEPT)));
            try (ResultSet rows = delete.executeQuery()) {
                return rows.next() ? Optional.of(json.readValue(rows.getString(1), DraftContent.class))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DraftStoreUnavailableException(e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldForms() {
        try (Connection connection = database.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM form_left_at_sign_in WHERE created_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(clock.instant().minus(KEPT)));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new DraftStoreUnavailableException(e);
        }
    }

    private static String browser(String csrfCookie) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(csrfCookie).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
