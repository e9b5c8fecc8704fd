package asean.review.registry.service;

/** Kafka did not answer in time: the office's request did nothing and can be retried. */
public class KafkaUnavailableException extends RuntimeException {

    public KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
