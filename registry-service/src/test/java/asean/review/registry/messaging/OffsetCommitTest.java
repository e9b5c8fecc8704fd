package asean.review.registry.messaging;

import static asean.review.registry.RegistryTest.awaitDecided;
import static asean.review.registry.RegistryTest.eventFor;
import static asean.review.registry.RegistryTest.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The registry commits a record's offset only once the record is handled: a committed offset past a record
 * that is not stored would lose it at the next restart. Kafka's auto-commit would commit what was fetched,
 * every {@code auto.commit.interval.ms}, whether or not it was stored.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class OffsetCommitTest {

    private static final String GROUP = "registry-service";
    private static final String CHANNEL = "mp.messaging.incoming.contributions-submitted.";

    private Admin admin;

    @BeforeEach
    void admin() {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestResource.kafka().bootstrapServers()));
    }

    @AfterEach
    void closeAdmin() {
        admin.close();
    }

    @Test
    void offsetIsNotCommittedPastARecordUntilTheRecordIsStored() {
        // Both the throttled strategy and Kafka's auto-commit commit at this interval: watch several of them.
        long commitInterval = ConfigProvider.getConfig()
                .getOptionalValue(CHANNEL + "auto.commit.interval.ms", Long.class).orElse(5_000L);
        ObjectNode event = eventFor(2061, "MOF", "CUSTOMS");
        String id = event.get("submissionId").asText();
        RecordMetadata[] sent = new RecordMetadata[1];
        List<Long> committedWhileDown = new ArrayList<>();

        PostgresTestResource.outage(() -> {
            sent[0] = send(event);
            TopicPartition partition = new TopicPartition(sent[0].topic(), sent[0].partition());
            long watchUntil = System.nanoTime() + Duration.ofMillis(5 * commitInterval).toNanos();
            while (System.nanoTime() < watchUntil) {
                long committed = committed(partition);
                committedWhileDown.add(committed);
                if (committed > sent[0].offset()) {
                    break;
                }
                pause(100);
            }
        });

        long offset = sent[0].offset();
        assertThat(committedWhileDown)
                .as("offsets committed for partition %d while record %d could not be stored",
                        sent[0].partition(), offset)
                .isNotEmpty()
                .allSatisfy(committed -> assertThat(committed).isLessThanOrEqualTo(offset));

        assertThat(awaitDecided(id)).isEqualTo("REGISTERED");
        TopicPartition partition = new TopicPartition(sent[0].topic(), sent[0].partition());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> committed(partition) > offset);
    }

    /** The registry's committed offset of the partition (the next record to read), -1 if none. */
    private long committed(TopicPartition partition) {
        try {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata()
                    .get().get(partition);
            return committed == null ? -1 : committed.offset();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of " + GROUP, e.getCause());
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
