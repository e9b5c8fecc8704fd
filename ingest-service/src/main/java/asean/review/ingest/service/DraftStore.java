package asean.review.ingest.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.ingest.service.Draft.DraftContent;

/**
 * Drafts in PostgreSQL, each private to its owner (the officer's user name): every read and write names the owner,
 * and another officer's draft is as absent as one that never existed.
 */
@ApplicationScoped
public class DraftStore {

    private final DataSource database;
    private final ObjectMapper json;
    private final Clock clock;

    public DraftStore(DataSource database, ObjectMapper json, Clock clock) {
        this.database = database;
        this.json = json;
        this.clock = clock;
    }

    public Optional<Draft> find(UUID id, String owner) {
        return query("SELECT id, owner, ministry, form, updated_at FROM draft WHERE id = ? AND owner = ?",
                id, owner).stream().findFirst();
    }

    /** Whether draft {@code id} exists and is another officer's than {@code owner}. */
    public boolean belongsToAnother(UUID id, String owner) {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT 1 FROM draft WHERE id = ? AND owner <> ?")) {
            select.setObject(1, id);
            select.setString(2, owner);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new DraftStoreUnavailableException(e);
        }
    }

    /** The owner's drafts, the most recently changed first. */
    public List<Draft> list(String owner) {
        return query("SELECT id, owner, ministry, form, updated_at FROM draft WHERE owner = ?"
                + " ORDER BY updated_at DESC", owner);
    }

    /** Creates or replaces the owner's draft {@code id}; another officer's id is {@link DraftNotFoundException}. */
    public void save(UUID id, String owner, String ministry, DraftContent content) {
        try (Connection connection = database.getConnection();
                PreparedStatement upsert = connection.prepareStatement("""
                        INSERT INTO draft (id, owner, ministry, form, updated_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET form = EXCLUDED.form, updated_at = EXCLUDED.updated_at
                        WHERE draft.owner = EXCLUDED.owner AND draft.ministry = EXCLUDED.ministry""")) {
            upsert.setObject(1, id);
            upsert.setString(2, owner);
            upsert.setString(3, ministry);
            upsert.setString(4, json.writeValueAsString(content));
            upsert.setTimestamp(5, Timestamp.from(clock.instant()));
            if (upsert.executeUpdate() == 0) {
                throw new DraftNotFoundException(id);
            }
        } catch (SQLException e) {
            throw new DraftStoreUnavailableException(e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void delete(UUID id, String owner) {
        try (Connection connection = database.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM draft WHERE id = ? AND owner = ?")) {
            delete.setObject(1, id);
            delete.setString(2, owner);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new DraftStoreUnavailableException(e);
        }
    }

    private List<Draft> query(String sql, Object... params) {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                select.setObject(i + 1, params[i]);
            }
            List<Draft> drafts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    drafts.add(new Draft(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            json.readValue(rows.getString(4), DraftContent.class),
                            rows.getTimestamp(5).toInstant()));
                }
            }
            return drafts;
        } catch (SQLException e) {
            throw new DraftStoreUnavailableException(e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
