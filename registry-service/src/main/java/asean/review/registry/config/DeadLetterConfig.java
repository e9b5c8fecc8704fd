package asean.review.registry.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "registry.dead-letters")
public interface DeadLetterConfig {

    /** The dead-letter topic the consumer writes to (application.properties points at the channel's setting). */
    String topic();

    /** How long reading the dead-letter topic may take before the office gets a 503. */
    @WithDefault("10s")
    Duration readTimeout();

    /** How long a replay waits for Kafka's acknowledgement before the office gets a 503. */
    @WithDefault("15s")
    Duration publishTimeout();
}
