package asean.review.infra.quarkus;

import java.nio.file.Path;
import java.util.Map;

import asean.review.infra.LocalKafka;
import asean.review.infra.TempDirs;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} at a real Kafka broker. One broker serves every test class of the
 * JVM (started on first use, stopped when the JVM exits), so restarting Quarkus costs nothing.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static LocalKafka kafka;

    public static synchronized LocalKafka kafka() {
        if (kafka == null) {
            Path dir = TempDirs.create("kafka-test");
            LocalKafka started = LocalKafka.start(dir, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                TempDirs.delete(dir);
            }));
            kafka = started;
        }
        return kafka;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", kafka().bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker outlives one application; see kafka()
    }
}
