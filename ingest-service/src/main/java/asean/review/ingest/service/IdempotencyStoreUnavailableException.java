package asean.review.ingest.service;

public class IdempotencyStoreUnavailableException extends RuntimeException {

    public IdempotencyStoreUnavailableException(Throwable cause) {
        super("the Idempotency-Key could not be checked (its store is unavailable); nothing was accepted,"
                + " retry later with the same Idempotency-Key", cause);
    }
}
