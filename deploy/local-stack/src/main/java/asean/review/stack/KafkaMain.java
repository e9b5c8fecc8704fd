package asean.review.stack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import asean.review.infra.LocalKafka;

/**
 * The stack's Kafka broker in a JVM of its own, so that it can die and be restarted alone.
 * Arguments: {@code DATA_DIR BROKER_PORT CONTROLLER_PORT}. SIGTERM shuts it down cleanly.
 */
public final class KafkaMain {

    private KafkaMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalKafka kafka = LocalKafka.start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            stopped.countDown();
        }));
        System.out.println("Kafka ready on " + kafka.bootstrapServers());
        stopped.await();
    }
}
