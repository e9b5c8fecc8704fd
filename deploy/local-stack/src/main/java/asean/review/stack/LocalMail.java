package asean.review.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import asean.review.infra.Processes;

/**
 * The stack's SMTP server: GreenMail on 127.0.0.1 in the launcher's own JVM, on a free port, to which every service
 * that sends mail is pointed. Nothing leaves the machine: each mail is saved, before the server accepts it, as an
 * {@code .eml} file per recipient in {@link #dir()} ({@code <data>/mail}), which any mail program opens.
 */
public final class LocalMail implements AutoCloseable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final GreenMail server;
    private final Path dir;
    private final AtomicLong count = new AtomicLong();
    private volatile Duration answerDelay = Duration.ZERO;

    private LocalMail(GreenMail server, Path dir) {
        this.server = server;
        this.dir = dir;
    }

    public static LocalMail start(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        LocalMail mail = new LocalMail(server, dir);
        MessageDeliveryHandler delivery = server.getUserManager().getMessageDeliveryHandler();
        server.getUserManager().setMessageDeliveryHandler((message, to) -> {
            Path file = dir.resolve(LocalDateTime.now().format(STAMP) + "-" + mail.count.incrementAndGet() + "-"
                    + to.getEmail().replaceAll("[^A-Za-z0-9@._-]", "_") + ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                message.getMessage().writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Processes.sleep(mail.answerDelay);
            return delivery.handle(message, to);
        });
        server.start();
        return mail;
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    public Path dir() {
        return dir;
    }

    /**
     * Makes the server wait {@code delay} after saving each mail before it answers the sender: the moment a sender
     * that dies leaves its mail delivered but not known to be (the crash test's window, held open).
     */
    void delayAnswers(Duration delay) {
        answerDelay = delay;
    }

    @Override
    public void close() {
        server.stop();
    }
}
