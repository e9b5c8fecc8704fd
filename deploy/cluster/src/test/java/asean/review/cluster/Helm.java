package asean.review.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code helm} binary the build fetched (deploy/cluster's pom: the npm package that ships it), run offline:
 * {@code lint} and {@code template} need no cluster.
 */
record Helm(Path binary) {

    record Result(int exitCode, String output) {
    }

    static Helm fetchedByTheBuild() {
        String property = System.getProperty("helm.binary");
        if (property == null || !Files.isExecutable(Path.of(property))) {
            throw new AssertionError("no helm at " + property + ": run through Maven (./mvnw verify -pl deploy/cluster),"
                    + " whose pre-integration-test phase fetches it");
        }
        return new Helm(Path.of(property));
    }

    Result run(String... arguments) {
        List<String> command = new ArrayList<>(List.of(binary.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not end");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new AssertionError(command + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(command + " interrupted", e);
        }
    }
}
