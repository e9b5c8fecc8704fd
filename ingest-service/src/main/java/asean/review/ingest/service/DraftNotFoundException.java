package asean.review.ingest.service;

import java.util.UUID;

/** No draft with this id belongs to the caller: it does not exist, or it is another officer's. */
public class DraftNotFoundException extends RuntimeException {

    public DraftNotFoundException(UUID id) {
        super("no draft " + id + " of yours");
    }
}
