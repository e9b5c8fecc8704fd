package asean.review.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.RepeatedTest;

import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class IdempotencyStoreTest {

    private static final int RACERS = 8;

    @Inject
    IdempotencyStore store;

    /**
     * Requests on several instances with one key and different bodies, at the same moment: one body wins and every
     * request is told the same one (the others answer 422), never two bodies accepted under one submissionId.
     */
    @RepeatedTest(5)
    void requestsRacingWithOneKeyAreAllToldTheSameWinner() throws Exception {
        String key = "MOF:race-" + UUID.randomUUID();
        UUID submissionId = UUID.nameUUIDFromBytes(key.getBytes());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService racers = Executors.newFixedThreadPool(RACERS);
        try {
            List<Future<String>> answers = IntStream.range(0, RACERS)
                    .mapToObj(n -> racers.submit(() -> {
                        start.await();
                        return store.claim(key, "fingerprint-" + n, submissionId);
                    }))
                    .toList();
            start.countDown();
            List<String> held = answers.stream().map(IdempotencyStoreTest::join).distinct().toList();
            assertThat(held).as("the fingerprints the racers were told the key is held for").hasSize(1);
            assertThat(store.claim(key, "a later body", submissionId)).isEqualTo(held.get(0));
        } finally {
            racers.shutdownNow();
        }
    }

    private static String join(Future<String> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
