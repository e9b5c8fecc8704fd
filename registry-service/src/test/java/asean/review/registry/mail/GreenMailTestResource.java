package asean.review.registry.mail;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import asean.review.infra.FreePorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real SMTP server (GreenMail) on a free port, one per test JVM; the registry's mailer sends to it for real. */
public class GreenMailTestResource implements QuarkusTestResourceLifecycleManager {

    private static GreenMail greenMail;
    private static int port;

    public static synchronized GreenMail greenMail() {
        if (greenMail == null) {
            port = FreePorts.any();
            startServer();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> greenMail.stop()));
        }
        return greenMail;
    }

    /** The server goes away: connections to its port are refused until {@link #startAgain()}. */
    public static synchronized void stopServer() {
        greenMail().stop();
    }

    /** A new server on the same port, its mailboxes empty. */
    public static synchronized void startAgain() {
        startServer();
    }

    private static void startServer() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(greenMail().getSmtp().getPort()));
    }

    @Override
    public void stop() {
        // GreenMail lives as long as the JVM, like the other servers of the tests.
    }

    /**
     * What the server received so far whose subject contains {@code marker}, as (recipient, subject, body), by
     * recipient (GreenMail keeps a mailbox per address), each recipient's in the order received.
     */
    public static List<Received> received(String marker) {
        return Arrays.stream(greenMail().getReceivedMessages()).map(Received::of)
                .filter(mail -> mail.subject().contains(marker)).toList();
    }

    public record Received(String to, String subject, String body) {
        static Received of(MimeMessage message) {
            try {
                return new Received(message.getAllRecipients()[0].toString(), message.getSubject(),
                        message.getContent().toString().replace("\r\n", "\n"));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
