package asean.review.ingest.service;

public class DraftStoreUnavailableException extends RuntimeException {

    public DraftStoreUnavailableException(Throwable cause) {
        super("the drafts could not be read or saved (their store is unavailable); try again in a moment", cause);
    }
}
