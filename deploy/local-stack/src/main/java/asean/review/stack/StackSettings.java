package asean.review.stack;

import java.nio.file.Path;

/** Where the stack keeps its data, where the built services are, and the ports it listens on (127.0.0.1). */
public record StackSettings(Path repository, Path dataDir, int kafkaPort, int postgresPort, int ingestPort,
        int registryPort, int reportPort) {

    public static final int KAFKA_PORT = 19092;
    public static final int POSTGRES_PORT = 15432;
    public static final int INGEST_PORT = 8081;
    public static final int REGISTRY_PORT = 8082;
    public static final int REPORT_PORT = 8083;

    /** Where the stack keeps the key pair its tokens are signed with. */
    public Path keysDir() {
        return keysDir(dataDir);
    }

    public static Path keysDir(Path dataDir) {
        return dataDir.resolve("keys");
    }

    public static StackSettings defaults(Path repository, Path dataDir) {
        return new StackSettings(repository, dataDir, KAFKA_PORT, POSTGRES_PORT, INGEST_PORT, REGISTRY_PORT,
                REPORT_PORT);
    }
}
