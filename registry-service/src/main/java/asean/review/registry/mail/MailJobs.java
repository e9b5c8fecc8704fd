package asean.review.registry.mail;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;

/**
 * When the mails are planned and sent ({@code asean.mail.plan-every}, {@code asean.mail.send-every}; {@code off}
 * stops a job). Every instance runs both: planning is idempotent and sending claims with row locks.
 */
@ApplicationScoped
public class MailJobs {

    private final MailPlanner planner;
    private final MailSender sender;

    public MailJobs(MailPlanner planner, MailSender sender) {
        this.planner = planner;
        this.sender = sender;
    }

    @Scheduled(identity = "mail-plan", every = "${asean.mail.plan-every}", delayed = "10s",
            concurrentExecution = ConcurrentExecution.SKIP)
    void plan() {
        planner.plan(planner.today());
    }

    @Scheduled(identity = "mail-send", every = "${asean.mail.send-every}", delayed = "15s",
            concurrentExecution = ConcurrentExecution.SKIP)
    void send() {
        sender.sendPending(planner.today());
    }
}
