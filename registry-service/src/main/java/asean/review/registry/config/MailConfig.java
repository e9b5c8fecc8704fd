package asean.review.registry.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The e-mails the registry sends: reminders, review notices, the office's weekly digest (package {@code mail}). */
@ConfigMapping(prefix = "asean.mail")
public interface MailConfig {

    /** The office's mailbox address(es), to which the weekly digest goes; none: no digest. */
    Optional<List<String>> office();

    /** The language of the office's digest. */
    @WithDefault("vi")
    String officeLanguage();

    /** The ministries' pages (ingest-service), which the mails link to. */
    @WithDefault("http://127.0.0.1:8081")
    String ministriesUrl();

    /**
     * How long after its deadline a cycle is still in progress: its last reminder (the day after the deadline) and
     * its digests are sent only until then, so that a cycle of a past year entered later sends nothing.
     */
    @WithDefault("P14D")
    Duration afterDeadline();

    /** A mail left {@code SENDING} this long (its sender died mid-send) is reported as possibly not sent. */
    @WithDefault("PT10M")
    Duration uncertainAfter();

    /** How often the mails due are planned ({@code mail.MailJobs}; {@code off}: never, as in the tests). */
    String planEvery();

    /** How often the planned mails are sent. */
    String sendEvery();

    /** How many mails one run of the sender claims at a time. */
    @WithDefault("20")
    int batch();

    /** The Keycloak client whose service account reads the ministries' officers (view-users, query-users). */
    People people();

    interface People {

        @WithDefault("registry-service")
        String clientId();

        /** Without it nothing is sent to ministries (the mails wait); the office's digest still goes. */
        Optional<String> clientSecret();
    }
}
