package asean.review.ingest.service;

public class PublishFailedException extends RuntimeException {

    public PublishFailedException(Throwable cause) {
        super("the submission could not be stored in Kafka; nothing was accepted, retry later"
                + " (with the same Idempotency-Key to be safe)", cause);
    }
}
