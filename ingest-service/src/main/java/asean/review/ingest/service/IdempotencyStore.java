package asean.review.ingest.service;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import asean.review.ingest.config.IngestConfig;

/**
 * Remembers the answer given for each Idempotency-Key (scoped by ministry) for the retention
 * period, in this instance's memory. Concurrent requests with one key share one answer.
 */
@ApplicationScoped
public class IdempotencyStore {

    private final Cache<String, Entry> entries;

    public IdempotencyStore(IngestConfig config) {
        this.entries = Caffeine.newBuilder()
                .expireAfterWrite(config.idempotencyRetention())
                .maximumSize(100_000)
                .build();
    }

    /** The entry already held for {@code key}, or {@code null} after {@code fresh} was stored for it. */
    public Entry putIfAbsent(String key, Entry fresh) {
        return entries.asMap().putIfAbsent(key, fresh);
    }

    /** Forgets a key whose submission failed, so that a retry can try again. */
    public void forget(String key, Entry entry) {
        entries.asMap().remove(key, entry);
    }

    public record Entry(String fingerprint, CompletableFuture<SubmissionAccepted> answer) {

        public static Entry open(String fingerprint) {
            return new Entry(fingerprint, new CompletableFuture<>());
        }
    }
}
