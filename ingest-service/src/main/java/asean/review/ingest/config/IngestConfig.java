package asean.review.ingest.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    /** Where submitters read a submission's status: the registry's base URL. */
    @WithDefault("http://127.0.0.1:8082")
    String statusBaseUrl();

    /** How long a submitter waits for Kafka's acknowledgement before getting a 503. */
    @WithDefault("5s")
    Duration publishTimeout();

    /** How long an Idempotency-Key is remembered. */
    @WithDefault("24h")
    Duration idempotencyRetention();
}
