package asean.review.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.infra.HttpProbe;
import asean.review.infra.Processes;

/**
 * The registry killed with SIGKILL while it sends the year's reminders (17 ministries, one officer each, and the
 * office's digest), at the worst moment: the SMTP server holds the first mail (saved, the sender not yet answered).
 * Restarted by the stack, it sends the rest, and no mail reaches the server twice: the one under way at the kill
 * stays {@code SENDING}, never sent again.
 */
class MailRestartTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGISTRY = "registry-service";
    private static final List<String> MINISTRIES = List.of("MND", "MPS", "MOFA", "MOHA", "MOJ", "MOF", "MOIT", "MAE",
            "MOC", "MOCST", "MOST", "MOET", "MOH", "MEMR", "SBV", "GI", "GO");

    private static StackClient client;
    /** One token for the whole test (an hour long): signing in ten times a second looks like an attack to Keycloak. */
    private static String office;

    @BeforeAll
    static void startStack() {
        client = StackClient.start("mail-restart");
        office = client.token("coordinator", null);
    }

    @AfterAll
    static void stopStack() {
        client.close();
    }

    @Test
    void theRegistryKilledWhileSendingSendsTheRestAndNothingTwice() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int year = today.getYear();
        assertThat(client.office("PUT", REGISTRY, "/api/v1/cycles/" + year, JSON.writeValueAsString(Map.of(
                "deadline", today.plusDays(7).toString(), "expectedMinistries", MINISTRIES))).statusCode())
                .as("the cycle is saved").isEqualTo(200);
        client.delayMailAnswers(Duration.ofSeconds(5));
        killRegistry();
        // Restarted, it plans the 7-day reminders 10 s later and starts sending 5 s after that.
        await(Duration.ofSeconds(120), () -> emlFiles().size() > 0);
        killRegistry();
        client.delayMailAnswers(Duration.ZERO);

        awaitSlowly(Duration.ofSeconds(180), () -> {
            JsonNode mails = mails(year);
            return mails.size() == MINISTRIES.size() + 1
                    && stream(mails).noneMatch(mail -> mail.path("state").asText().equals("PENDING"));
        });
        Thread.sleep(2000);

        List<String> received = emlFiles().stream().map(MailRestartTest::recipientAndSubject).toList();
        Map<String, Long> copies = received.stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
        JsonNode mails = mails(year);
        List<String> sent = stream(mails).filter(mail -> mail.path("state").asText().equals("SENT"))
                .map(mail -> mail.path("address").asText() + " " + mail.path("subject").asText()).toList();
        List<String> sending = stream(mails).filter(mail -> mail.path("state").asText().equals("SENDING"))
                .map(mail -> mail.path("address").asText()).toList();
        System.out.printf("mail after two SIGKILLs: %d files, %d SENT, %d SENDING (%s)%n", received.size(),
                sent.size(), sending.size(), sending);

        assertThat(copies.values()).as("no mail arrived twice: " + copies).allMatch(count -> count == 1);
        assertThat(received).as("every mail recorded SENT arrived").containsAll(sent);
        assertThat(sending).as("the mail under way at the kill is left SENDING").hasSize(1);
        assertThat(received).as("it arrived once, and every other mail once").hasSize(sent.size() + 1);
    }

    private static void killRegistry() {
        long pid = client.pid(REGISTRY);
        Processes.signal(pid, "KILL");
        URI ready = URI.create(client.url(REGISTRY) + "/q/health/ready");
        await(Duration.ofSeconds(90), () -> client.pid(REGISTRY) > 0 && client.pid(REGISTRY) != pid
                && HttpProbe.answers200(ready));
    }

    private static JsonNode mails(int year) {
        try {
            return JSON.readTree(client.call(office, "GET", REGISTRY, "/api/v1/mail/" + year, (String) null).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static List<Path> emlFiles() {
        try (Stream<Path> files = Files.list(client.mailDir())) {
            return files.filter(file -> file.toString().endsWith(".eml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String recipientAndSubject(Path eml) {
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            return message.getAllRecipients()[0] + " " + message.getSubject();
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(eml.toString(), e);
        }
    }

    private static void await(Duration timeout, BooleanSupplier done) {
        await(timeout, Duration.ofMillis(100), done);
    }

    private static void awaitSlowly(Duration timeout, BooleanSupplier done) {
        await(timeout, Duration.ofSeconds(1), done);
    }

    private static void await(Duration timeout, Duration poll, BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("still waiting after " + timeout).isLessThan(deadline);
            Processes.sleep(poll);
        }
    }
}
