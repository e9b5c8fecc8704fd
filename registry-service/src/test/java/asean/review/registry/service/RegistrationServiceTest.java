package asean.review.registry.service;

import static asean.review.registry.RegistryTest.eventFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import asean.review.contract.ContractJson;
import asean.review.contract.ContributionSubmitted;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Exactly once per submissionId, asserted on the service itself: a redelivery is handled like the first
 * delivery, at once, without Kafka in between (the consumer would retry a failing redelivery for minutes and
 * hold up its partition, which end-to-end tests see only as a timeout).
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class RegistrationServiceTest {

    @Inject
    RegistrationService registration;

    @Inject
    DataSource database;

    @Test
    void registeringARedeliveredSubmissionChangesNothing() throws Exception {
        ContributionSubmitted event = ContractJson.read(eventFor(2062, "MOIT", "AEM").toString());
        registration.register(event);
        Rows first = rows(event.submissionId());
        assertThat(first).isEqualTo(new Rows(1, 1, 1));

        registration.register(event);
        registration.register(event);

        assertThat(rows(event.submissionId())).isEqualTo(first);
    }

    @Test
    void registeringAnotherSubmissionOfTheSameContributionIsTheNextVersion() throws IOException, SQLException {
        ContributionSubmitted first = ContractJson.read(eventFor(2063, "MOIT", "AEM").toString());
        ContributionSubmitted second = ContractJson.read(eventFor(2063, "MOIT", "AEM").toString());
        registration.register(first);
        registration.register(second);

        assertThat(rows(first.submissionId())).isEqualTo(new Rows(1, 1, 1));
        assertThat(rows(second.submissionId())).isEqualTo(new Rows(1, 1, 1));
        assertThat(count("SELECT version FROM contribution_version WHERE submission_id = ?", second.submissionId()))
                .as("version of the second submission").isEqualTo(2);
    }

    /**
     * One batch, one transaction: a contribution's submissions become its versions in the order of the batch
     * (after the version it had), a submission twice in the batch or registered before is stored once, another
     * contribution's submissions are numbered on their own, and the rejection is recorded beside them.
     */
    @Test
    void aBatchIsStoredInOneTransactionInItsOrderAndEachSubmissionOnce() throws Exception {
        ContributionSubmitted before = event(2067, "MOIT", "AEM");
        registration.register(before);
        List<ContributionSubmitted> moit = new ArrayList<>();
        List<ContributionSubmitted> batch = new ArrayList<>(List.of(before));
        for (int i = 0; i < 12; i++) {
            ContributionSubmitted next = event(2067, "MOIT", "AEM");
            moit.add(next);
            batch.add(next);
            batch.add(event(2067, "MOF", "CUSTOMS"));
        }
        batch.add(moit.get(3));
        ContributionSubmitted refused = event(2067, "MOH", "AHMM");
        Rejection rejection = new Rejection(refused.submissionId(), refused.contribution(), refused.submittedAt(),
                refused.submitter(), "planted reason");

        registration.store(batch, List.of(rejection));

        assertThat(column("SELECT submission_id FROM contribution_version WHERE year = 2067 AND ministry = 'MOIT'"
                + " ORDER BY version", UUID.class))
                .as("MOIT's versions, in order")
                .containsExactlyElementsOf(Stream.concat(Stream.of(before), moit.stream())
                        .map(ContributionSubmitted::submissionId).toList());
        assertThat(column("SELECT version FROM contribution_version WHERE year = 2067 AND ministry = 'MOF'"
                + " ORDER BY version", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(column("SELECT DISTINCT registered_at::text FROM contribution_version WHERE year = 2067"
                + " AND submission_id <> '" + before.submissionId() + "'", String.class))
                .as("one registration time: one transaction").hasSize(1);
        assertThat(count("SELECT count(*) FROM audit_event WHERE year = 2067 AND action = 'REGISTERED'"
                + " AND submission_id <> ?", before.submissionId())).isEqualTo(24);
        assertThat(column("SELECT status || ' ' || reason FROM submission WHERE submission_id = '"
                + refused.submissionId() + "'", String.class)).containsExactly("REJECTED planted reason");
    }

    private static ContributionSubmitted event(int year, String ministry, String area) throws IOException {
        return ContractJson.read(eventFor(year, ministry, area).toString());
    }

    private <T> List<T> column(String sql, Class<T> type) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet result = query.executeQuery()) {
            List<T> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getObject(1, type));
            }
            return values;
        }
    }

    /** The rows a submission left: its submission row, its versions, its REGISTERED audit events. */
    record Rows(long submissions, long versions, long registeredAudits) {
    }

    private Rows rows(UUID submissionId) throws SQLException {
        return new Rows(
                count("SELECT count(*) FROM submission WHERE submission_id = ?", submissionId),
                count("SELECT count(*) FROM contribution_version WHERE submission_id = ?", submissionId),
                count("SELECT count(*) FROM audit_event WHERE submission_id = ? AND action = 'REGISTERED'",
                        submissionId));
    }

    private long count(String sql, UUID submissionId) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, submissionId);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
