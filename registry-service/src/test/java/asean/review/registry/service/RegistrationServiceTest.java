package asean.review.registry.service;

import static asean.review.registry.RegistryTest.eventFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

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
