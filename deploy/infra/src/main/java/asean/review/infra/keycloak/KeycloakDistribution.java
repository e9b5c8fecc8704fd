package asean.review.infra.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keycloak's server distribution ({@code org.keycloak:keycloak-quarkus-dist}, a zip in the local Maven
 * repository), unpacked and built for development mode once per version into the temporary directory, and shared
 * by every Keycloak this machine runs: each keeps its data in a directory of its own ({@link KeycloakServer}).
 * Keycloak runs as Java itself, as {@code bin/kc.sh} would run it, so that stopping or killing the process stops
 * Keycloak (the script would leave its Java child behind).
 */
public final class KeycloakDistribution {

    /** The status with which Keycloak exits after building itself for the options it was given. */
    private static final int BUILT = 10;
    private static final String BUILT_MARK = "built-for-start-dev";

    private static Path home;

    private KeycloakDistribution() {
    }

    /**
     * The command line that runs the built distribution in development mode with {@code systemProperties} and
     * {@code options} (those of {@code kc.sh start-dev}).
     */
    public static List<String> java(List<String> systemProperties, List<String> options) {
        return java(home(), true, systemProperties, options);
    }

    private static List<String> java(Path home, boolean built, List<String> systemProperties, List<String> options) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx512m", "-XX:MaxMetaspaceSize=256m", "-XX:+ExitOnOutOfMemoryError",
                "-Dfile.encoding=UTF-8", "-Duser.language=en", "-Duser.country=US",
                "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--add-opens=java.base/java.security=ALL-UNNAMED",
                "-Djava.util.concurrent.ForkJoinPool.common.threadFactory="
                        + "io.quarkus.bootstrap.forkjoin.QuarkusForkJoinWorkerThreadFactory",
                "-Dkc.home.dir=" + home, "-Djboss.server.config.dir=" + home.resolve("conf"),
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-Dpicocli.disable.closures=true",
                "-Dkc.config.built=" + built));
        command.addAll(systemProperties);
        command.addAll(List.of("-cp", home.resolve("lib/quarkus-run.jar").toString(),
                "io.quarkus.bootstrap.runner.QuarkusEntryPoint", "start-dev"));
        command.addAll(options);
        return command;
    }

    /** The unpacked distribution ({@code bin/kc.sh}, {@code lib}, ...). */
    public static synchronized Path home() {
        if (home == null) {
            Properties built = builtWith();
            home = unpack(Path.of(built.getProperty("zip")), built.getProperty("version"));
        }
        return home;
    }

    private static Properties builtWith() {
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream("distribution.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path unpack(Path zip, String version) {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "asean-review-keycloak-" + version);
        Path mark = target.resolve(BUILT_MARK);
        if (Files.exists(mark)) {
            return target;
        }
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak's distribution " + zip + " is missing: build with ./mvnw first");
        }
        Path lock = target.resolveSibling(target.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            if (Files.exists(mark)) {
                return target;
            }
            if (!Files.isDirectory(target)) {
                Files.move(unzip(zip, version, target), target, StandardCopyOption.ATOMIC_MOVE);
            }
            build(target);
            Files.createFile(mark);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip + " into " + target, e);
        }
    }

    private static Path unzip(Path zip, String version, Path target) throws IOException {
        Path partial = Files.createTempDirectory(target.getParent(), target.getFileName() + ".partial-");
        String top = "keycloak-" + version + "/";
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = archive.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().startsWith(top) ? entry.getName().substring(top.length())
                        : entry.getName();
                Path path = partial.resolve(name).normalize();
                if (!path.startsWith(partial)) {
                    throw new IOException("entry outside the distribution: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
                }
                if (name.startsWith("bin/") && name.endsWith(".sh")) {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        return partial;
    }

    /** Builds the distribution for development mode: Keycloak does it, then exits with {@link #BUILT}. */
    private static void build(Path home) throws IOException {
        Path log = home.resolve("build.log");
        Process process = new ProcessBuilder(java(home, false, List.of(), List.of()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != BUILT) {
                process.destroyForcibly();
                throw new IllegalStateException("Keycloak's build failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Keycloak built itself", e);
        }
    }
}
