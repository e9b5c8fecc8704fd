package asean.review.ingest.service;

public class IdempotencyConflictException extends RuntimeException {

    public IdempotencyConflictException(String key) {
        super("Idempotency-Key '" + key + "' was already used with a different body;"
                + " use a new key for a different submission");
    }
}
