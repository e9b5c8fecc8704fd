package asean.review.stack.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.UnknownMemberIdException;

import asean.review.contract.Topics;
import asean.review.infra.FreePorts;
import asean.review.infra.LocalKafka;
import asean.review.infra.Processes;

/**
 * Makes the registry read again what Kafka holds since a moment: moves its consumer group's committed offsets on
 * {@value Topics#SUBMITTED} back to the first record of that moment (never forward), with the stack stopped and the
 * stack's Kafka started here alone on its data. The registry stores each submissionId once, so the records it already
 * has change nothing; the others are registered as if they had just arrived.
 */
final class RegistryReplay {

    /** The registry's consumer group (its application.properties). */
    static final String GROUP = "registry-service";

    /** How long a consumer of a stack killed hard may still count as a member of the group. */
    private static final Duration SESSION_EXPIRY = Duration.ofSeconds(60);
    private static final long TIMEOUT_SECONDS = 30;

    private RegistryReplay() {
    }

    /** Whether {@code kafkaDir} holds a Kafka's data. */
    static boolean hasKafka(Path kafkaDir) {
        return Files.exists(kafkaDir.resolve("meta.properties"));
    }

    /** Rewinds the registry to {@code since}; returns what moved, one line a partition. */
    static List<String> rewind(Path kafkaDir, Instant since) {
        try (LocalKafka kafka = LocalKafka.start(kafkaDir, FreePorts.any(), FreePorts.any());
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            Map<TopicPartition, Long> committed = committed(admin);
            if (committed.isEmpty()) {
                return List.of("the registry has read nothing from this Kafka yet: it reads " + Topics.SUBMITTED
                        + " from its beginning anyway");
            }
            Map<TopicPartition, OffsetSpec> query = new LinkedHashMap<>();
            committed.keySet().forEach(partition -> query.put(partition, OffsetSpec.forTimestamp(since.toEpochMilli())));
            ListOffsetsResult found = admin.listOffsets(query);
            Map<TopicPartition, OffsetAndMetadata> rewound = new LinkedHashMap<>();
            List<String> moves = new ArrayList<>();
            for (Map.Entry<TopicPartition, Long> partition : committed.entrySet()) {
                long first = found.partitionResult(partition.getKey()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS).offset();
                long target = first < 0 ? partition.getValue() : Math.min(first, partition.getValue());
                rewound.put(partition.getKey(), new OffsetAndMetadata(target));
                moves.add(String.format("%s: offset %d back to %d (%d record(s) to read again)", partition.getKey(),
                        partition.getValue(), target, partition.getValue() - target));
            }
            alter(admin, rewound);
            return moves;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot rewind the registry's offsets in " + kafkaDir + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<TopicPartition, Long> committed(Admin admin)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, Long> committed = new LinkedHashMap<>();
        admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .forEach((partition, offset) -> {
                    if (offset != null && partition.topic().equals(Topics.SUBMITTED)) {
                        committed.put(partition, offset.offset());
                    }
                });
        return committed;
    }

    /**
     * Alters the offsets once the group is empty. The registry is a static member (group.instance.id), which
     * does not leave the group when it stops: the stopped registry's membership is removed first; the members
     * of a stack killed hard would otherwise expire with their session.
     */
    private static void alter(Admin admin, Map<TopicPartition, OffsetAndMetadata> offsets)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + SESSION_EXPIRY.toNanos();
        while (true) {
            try {
                admin.removeMembersFromConsumerGroup(GROUP, new RemoveMembersFromConsumerGroupOptions()).all()
                        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // no member left to remove
            }
            try {
                admin.alterConsumerGroupOffsets(GROUP, offsets).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                boolean stillMembers = e.getCause() instanceof GroupNotEmptyException
                        || e.getCause() instanceof UnknownMemberIdException;
                if (!stillMembers || System.nanoTime() > deadline) {
                    throw e;
                }
                Processes.sleep(Duration.ofSeconds(2));
            }
        }
    }
}
