package asean.review.stack;

/**
 * How many instances of ingest and of the registry the stack runs (1, or 2 to try fail-over locally), and the
 * second instances' ports. The second registry consumes in the first's group under an instance id of its own
 * ({@code registry-2}); the second ingest shares the first's database, hence its Idempotency-Keys.
 */
public record Replicas(int count, int ingestPort, int registryPort) {

    public Replicas {
        if (count < 1 || count > 2) {
            throw new IllegalArgumentException("the stack runs 1 or 2 instances of ingest and registry, not " + count);
        }
    }

    /** The name of instance {@code n} (from 1) of {@code service}: the first keeps the service's name. */
    public static String instance(String service, int n) {
        return n == 1 ? service : service + "-" + n;
    }
}
