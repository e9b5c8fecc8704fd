package asean.review.registry.mail;

import static asean.review.registry.RegistryTest.accept;
import static asean.review.registry.RegistryTest.asCoordinator;
import static asean.review.registry.RegistryTest.awaitDecided;
import static asean.review.registry.RegistryTest.contribution;
import static asean.review.registry.RegistryTest.eventFor;
import static asean.review.registry.RegistryTest.onBehalfExampleEvent;
import static asean.review.registry.RegistryTest.review;
import static asean.review.registry.RegistryTest.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import asean.review.infra.keycloak.KeycloakAdmin;
import asean.review.infra.keycloak.KeycloakServer;
import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.registry.mail.GreenMailTestResource.Received;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The registry's mails, sent for real to an SMTP server (GreenMail) and addressed to the officers Keycloak holds:
 * reminders before and after a deadline, the notices of a review, each sent once whatever runs the jobs again.
 * Each test has a year of its own; the realm's officers {@code officer@<ministry>} (locale vi) are joined by a few
 * of the test's for the Ministry of Health: one in English, one disabled, one without the submitter role.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(GreenMailTestResource.class)
class MailTest {

    /** The office's mailbox ({@code asean.mail.office} in the test profile). */
    private static final String OFFICE = "office@mofa.example.gov.vn";
    private static final String MOF = "officer@mof.example.gov.vn";
    private static final String MOIT = "officer@moit.example.gov.vn";
    private static final String MOH = "officer@moh.example.gov.vn";
    private static final String MOH_EN = "english@moh.example.gov.vn";
    private static final String MOH_DISABLED = "disabled@moh.example.gov.vn";
    private static final String MOH_CLERK = "clerk@moh.example.gov.vn";

    @Inject
    MailPlanner planner;

    @Inject
    MailSender sender;

    @Inject
    EntityManager entities;

    @BeforeAll
    static void healthHasMoreOfficers() {
        user("english@moh", "en", true, "submitter");
        user("disabled@moh", null, false, "submitter");
        user("clerk@moh", null, true, null);
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void remindersGoToTheOfficersOfMissingMinistriesOnlyOncePerStage() {
        openCycle(2071, "2071-12-15", "\"MOF\", \"MOIT\", \"MOH\"");
        submit(2071, "MOF", "CUSTOMS");

        assertThat(run("2071-12-01", 2071)).extracting(Received::to)
                .as("the 14-day reminder to the two missing ministries' officers").containsExactlyInAnyOrder(MOIT, MOH, MOH_EN);
        List<Received> sevenDays = run("2071-12-08", 2071);
        assertThat(sevenDays).extracting(Received::to).as("the 7-day reminder, to those still missing")
                .containsExactlyInAnyOrder(MOIT, MOH, MOH_EN);
        Received vietnamese = sevenDays.stream().filter(mail -> mail.to().equals(MOH)).findFirst().orElseThrow();
        assertThat(vietnamese.subject()).isEqualTo("Tổng kết ASEAN năm 2071: hạn gửi báo cáo là ngày 15/12/2071");
        assertThat(vietnamese.body()).contains("Bộ Y tế (MOH) chưa gửi báo cáo", "còn 7 ngày", "http://127.0.0.1:8081/");
        Received english = sevenDays.stream().filter(mail -> mail.to().equals(MOH_EN)).findFirst().orElseThrow();
        assertThat(english.subject()).isEqualTo("ASEAN review 2071: your contribution is due on 15 December 2071");
        assertThat(english.body()).contains("Ministry of Health (MOH) has not yet sent", "in 7 day(s)");

        assertThat(run("2071-12-08", 2071)).as("the same stage again sends nothing").isEmpty();
        assertThat(run("2071-12-09", 2071)).isEmpty();

        submit(2071, "MOIT", "AEM");
        List<Received> afterDeadline = run("2071-12-16", 2071);
        assertThat(afterDeadline).extracting(Received::to).as("the day after the deadline, to MOH alone")
                .containsExactlyInAnyOrder(MOH, MOH_EN);
        assertThat(afterDeadline).extracting(Received::subject)
                .contains("Tổng kết ASEAN năm 2071: đã quá hạn gửi báo cáo ngày 15/12/2071");
        assertThat(run("2071-12-17", 2071)).isEmpty();
        assertThat(receivedIn(2071)).hasSize(8).extracting(Received::to)
                .doesNotContain(MOF, MOH_DISABLED, MOH_CLERK);

        asCoordinator().get("/api/v1/mail/2071").then().statusCode(200)
                .body("findAll { it.kind == 'REMINDER' && it.state == 'SENT' }.size()", equalTo(8))
                .body("stage", hasItem("D+1"));
        asCoordinator().get("/api/v1/audit/2071").then()
                .body("findAll { it.action == 'MAIL_SENT' && it.detail.startsWith('reminder') }.size()", equalTo(8));
    }

    @Test
    void aReminderPlannedBeforeTheMinistrySubmittedIsNotSent() {
        openCycle(2077, "2077-12-15", "\"MOIT\"");
        planner.plan(LocalDate.parse("2077-12-08"));
        submit(2077, "MOIT", "AEM");

        assertThat(run("2077-12-08", 2077)).isEmpty();
        asCoordinator().get("/api/v1/mail/2077").then()
                .body("findAll { it.kind == 'REMINDER' }.state", equalTo(List.of("SKIPPED")))
                .body("find { it.kind == 'REMINDER' }.error", equalTo("MOIT submitted after the reminder was planned"));
    }

    @Test
    void aServiceThatStartsLateSendsOnlyTheLatestStageDue() {
        openCycle(2072, "2072-12-15", "\"MOIT\"");

        run("2072-12-14");
        run("2072-12-14");

        assertThat(receivedIn(2072)).extracting(Received::to).containsExactly(MOIT);
        asCoordinator().get("/api/v1/mail/2072").then()
                .body("findAll { it.kind == 'REMINDER' }.stage", equalTo(List.of("D-1")));
    }

    @Test
    void aMailWhoseSendingWasNeverRecordedIsNotSentAgainAndIsReportedUncertain() {
        openCycle(2073, "2073-12-15", "\"MOIT\"");
        failRecordingSentMailsOf(2073, true);
        try {
            planner.plan(LocalDate.parse("2073-12-08"));
            assertThatThrownBy(() -> sender.sendPending(LocalDate.parse("2073-12-08")))
                    .hasStackTraceContaining("the disk is full");
        } finally {
            failRecordingSentMailsOf(2073, false);
        }
        assertThat(receivedIn(2073)).as("the SMTP server accepted it").extracting(Received::to).containsExactly(MOIT);

        run("2073-12-08");
        assertThat(receivedIn(2073)).as("never sent again").hasSize(1);
        asCoordinator().get("/api/v1/mail/2073").then()
                .body("findAll { it.kind == 'REMINDER' }.state", equalTo(List.of("SENDING")));

        TestClock.advance(Duration.ofMinutes(11));
        run("2073-12-08");

        assertThat(receivedIn(2073)).hasSize(1);
        asCoordinator().get("/api/v1/mail/2073").then()
                .body("findAll { it.kind == 'REMINDER' }.state", equalTo(List.of("UNCERTAIN")))
                .body("find { it.kind == 'REMINDER' }.address", equalTo(MOIT));
        asCoordinator().get("/api/v1/audit/2073").then()
                .body("find { it.action == 'MAIL_UNCERTAIN' }.detail",
                        equalTo("reminder D-7 to officer@moit <" + MOIT + ">: may not have been sent"));
    }

    @Test
    void aReturnedContributionTellsItsOfficerTheMessageAndWhereToAmendInVietnamese() {
        submit(2074, "MOH", "AHMM");
        review(2074, "MOH", "AHMM", 1, "{\"decision\": \"RETURN\", \"message\": \"Nêu rõ nhiệm kỳ chủ trì AHMM\"}");
        run("2074-06-01");

        List<Received> mails = receivedIn(2074);
        assertThat(mails).extracting(Received::to).as("the officer who submitted it, alone").containsExactly(MOH);
        assertThat(mails.get(0).subject())
                .isEqualTo("Tổng kết ASEAN năm 2074: báo cáo AHMM (phiên bản 1) được trả lại để chỉnh sửa");
        assertThat(mails.get(0).body()).contains("Cơ quan điều phối đã trả lại phiên bản 1",
                "Ý kiến của Cơ quan điều phối:\nNêu rõ nhiệm kỳ chủ trì AHMM",
                "http://127.0.0.1:8081/contributions/2074/MOH/AHMM/amend");

        submit(2074, "MOH", "AHMM");
        accept(2074, "MOH", "AHMM", 2);
        run("2074-06-02");
        run("2074-06-02");

        assertThat(receivedIn(2074)).hasSize(2);
        Received accepted = receivedIn(2074).get(1);
        assertThat(accepted.to()).isEqualTo(MOH);
        assertThat(accepted.subject())
                .isEqualTo("Tổng kết ASEAN năm 2074: báo cáo AHMM (phiên bản 2) đã được chấp nhận");
        assertThat(accepted.body()).contains("đã chấp nhận phiên bản 2");
    }

    @Test
    void aContributionTheOfficeEnteredOnTheMinistrysBehalfIsAnnouncedToEveryOfficerOfTheMinistry() {
        ObjectNode event = onBehalfExampleEvent();
        contribution(event).put("year", 2075);
        send(event);
        awaitDecided(event.get("submissionId").asText());

        accept(2075, "MOH", "AHMM", 1);
        run("2075-06-01");

        assertThat(receivedIn(2075)).extracting(Received::to).containsExactlyInAnyOrder(MOH, MOH_EN);
        assertThat(receivedIn(2075)).extracting(Received::subject).contains(
                "ASEAN review 2075: your AHMM contribution (version 1) was accepted");
    }

    @Test
    void theOfficeGetsOneDigestAWeekWhileTheCycleIsInProgress() {
        openCycle(2076, "2076-12-15", "\"MOF\", \"MOIT\", \"MOH\"");
        submit(2076, "MOF", "CUSTOMS");
        submit(2076, "MOIT", "AEM");
        accept(2076, "MOIT", "AEM", 1);

        run("2076-12-07");
        run("2076-12-08");

        assertThat(digestsOf(2076)).hasSize(1);
        Received digest = digestsOf(2076).get(0);
        assertThat(digest.subject()).isEqualTo("Tổng kết ASEAN năm 2076: tình hình tuần 2076-W50");
        assertThat(digest.body()).contains("hạn gửi ngày 15/12/2076, còn 8 ngày",
                "Số bộ, ngành phải báo cáo: 3; đã chấp nhận đúng hạn 1, đã chấp nhận quá hạn 0, chờ xem xét 1,"
                        + " bị trả lại 0, chưa gửi 1.",
                "Chưa gửi báo cáo:\n- Bộ Y tế (MOH)",
                "Đang chờ Cơ quan điều phối xem xét:\n- Bộ Tài chính (MOF), CUSTOMS (v1)");

        run("2076-12-14");
        run("2076-12-29");
        run("2076-12-30");
        assertThat(digestsOf(2076)).extracting(Received::subject).as("weeks 51 and 53; none past 14 days after the deadline")
                .hasSize(3).last().asString().endsWith("2076-W53");
    }

    @Test
    void theMailServerOutOfReachEndsTheRunAndItsMailsWaitForTheNext() {
        openCycle(2078, "2078-12-15", "\"MOF\"");
        GreenMailTestResource.stopServer();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("2078-12-08"),
                    "a run gives up when the mail server cannot be reached");
            asCoordinator().get("/api/v1/mail/2078").then().statusCode(200)
                    .body("state", everyItem(equalTo("PENDING")));
        } finally {
            GreenMailTestResource.startAgain();
        }
        run("2078-12-08");

        assertThat(receivedIn(2078)).extracting(Received::to).containsExactly(MOF);
        asCoordinator().get("/api/v1/mail/2078").then().statusCode(200)
                .body("findAll { it.recipient != '*' }.state", everyItem(equalTo("SENT")));
    }

    private void run(String day) {
        planner.plan(LocalDate.parse(day));
        sender.sendPending(LocalDate.parse(day));
    }

    /** Runs the jobs on {@code day}; answers the mails of {@code year} to the ministries that this run sent. */
    private List<Received> run(String day, int year) {
        List<Received> before = receivedIn(year);
        run(day);
        List<Received> sent = new java.util.ArrayList<>(receivedIn(year));
        before.forEach(sent::remove);
        return sent;
    }

    /** The mails of {@code year} to the ministries (the office's digests aside). */
    private static List<Received> receivedIn(int year) {
        return GreenMailTestResource.received(String.valueOf(year)).stream()
                .filter(mail -> !mail.to().equals(OFFICE)).toList();
    }

    private static List<Received> digestsOf(int year) {
        return GreenMailTestResource.received(String.valueOf(year)).stream()
                .filter(mail -> mail.to().equals(OFFICE)).toList();
    }

    private static void openCycle(int year, String deadline, String ministries) {
        asCoordinator().contentType(ContentType.JSON)
                .body("{\"deadline\": \"" + deadline + "\", \"expectedMinistries\": [" + ministries + "]}")
                .put("/api/v1/cycles/" + year).then().statusCode(200)
                .body("reminderDays", equalTo(List.of(14, 7, 1)));
    }

    private static void submit(int year, String ministry, String area) {
        ObjectNode event = eventFor(year, ministry, area);
        send(event);
        awaitDecided(event.get("submissionId").asText());
    }

    /** The step after the SMTP server's answer fails, as it would if the service died there. */
    private void failRecordingSentMailsOf(int year, boolean fail) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (fail) {
                entities.createNativeQuery("""
                        CREATE OR REPLACE FUNCTION fail_recording() RETURNS trigger AS $$
                        BEGIN RAISE EXCEPTION 'the disk is full'; END $$ LANGUAGE plpgsql""").executeUpdate();
                entities.createNativeQuery("CREATE TRIGGER fail_recording BEFORE UPDATE ON mail_outbox FOR EACH ROW"
                        + " WHEN (NEW.year = " + year + " AND NEW.kind = 'REMINDER' AND NEW.state = 'SENT') EXECUTE FUNCTION fail_recording()")
                        .executeUpdate();
            } else {
                entities.createNativeQuery("DROP TRIGGER IF EXISTS fail_recording ON mail_outbox").executeUpdate();
            }
        });
    }

    private static void user(String username, String locale, boolean enabled, String role) {
        KeycloakAdmin admin = KeycloakTestResource.keycloak().admin();
        String users = "/admin/realms/" + KeycloakServer.REALM + "/users";
        String byName = users + "?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
        if (admin.get(byName).isEmpty()) {
            Map<String, Object> attributes = new HashMap<>(Map.of("ministry", List.of("MOH")));
            if (locale != null) {
                attributes.put("locale", List.of(locale));
            }
            admin.send("POST", users, Map.of("username", username, "enabled", enabled,
                    "email", username + ".example.gov.vn", "emailVerified", true,
                    "firstName", "Test", "lastName", username, "attributes", attributes));
        }
        JsonNode found = admin.get(byName);
        if (role != null) {
            JsonNode roleRepresentation = admin.get("/admin/realms/" + KeycloakServer.REALM + "/roles/" + role);
            admin.send("POST", users + "/" + found.get(0).get("id").asText() + "/role-mappings/realm",
                    List.of(roleRepresentation));
        }
    }
}
