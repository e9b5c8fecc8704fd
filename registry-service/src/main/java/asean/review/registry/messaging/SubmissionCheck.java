package asean.review.registry.messaging;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import asean.review.contract.ContractJson;
import asean.review.contract.ContributionRules;
import asean.review.contract.ContributionSubmitted;
import asean.review.contract.Problem.FieldError;
import asean.review.contract.Submitter;
import asean.review.registry.service.Rejection;

/**
 * Reads a record of {@code contributions.submitted} and checks it as ingest did: a record that cannot be read,
 * or whose contribution breaks a rule, or whose submitter does not speak for the contribution's ministry, is
 * refused with the reason.
 */
@ApplicationScoped
public class SubmissionCheck {

    private final ContributionRules rules;

    public SubmissionCheck(ContributionRules rules) {
        this.rules = rules;
    }

    CheckedRecord check(String payload) {
        ContributionSubmitted event;
        try {
            event = read(payload);
        } catch (IOException e) {
            String reason = "the record is not a readable ContributionSubmitted event: " + e.getMessage();
            UUID id = LenientPayload.read(payload).submissionId();
            return CheckedRecord.refused(new UnprocessableSubmissionException(reason, e),
                    id == null ? null : new Rejection(id, null, null, null, reason));
        }
        List<FieldError> broken = rules.check(event.contribution());
        if (!broken.isEmpty()) {
            return refuse(event, broken.stream().map(e -> e.field() + ": " + e.message())
                    .collect(Collectors.joining("; ", "the contribution breaks the rules: ", "")));
        }
        if (event.schemaVersion() >= 2) {
            String wrongSubmitter = wrongSubmitter(event);
            if (wrongSubmitter != null) {
                return refuse(event, wrongSubmitter);
            }
        }
        return CheckedRecord.passed(event);
    }

    /**
     * From schema 2 on, the submitter must speak for the contribution's ministry. A schema 1 event was
     * accepted by ingest before submitters were known: it is registered with an unknown submitter rather
     * than lost.
     */
    private static String wrongSubmitter(ContributionSubmitted event) {
        Submitter submitter = event.submitter();
        if (submitter == null || submitter.name() == null || submitter.name().isBlank()) {
            return "the event names no submitter";
        }
        if (!event.contribution().ministry().equals(submitter.ministry())) {
            return "the submitter speaks for " + submitter.ministry() + ", not for " + event.contribution().ministry();
        }
        return null;
    }

    private static CheckedRecord refuse(ContributionSubmitted event, String reason) {
        return CheckedRecord.refused(new UnprocessableSubmissionException(reason, null), new Rejection(
                event.submissionId(), event.contribution(), event.submittedAt(), event.submitter(), reason));
    }

    private static ContributionSubmitted read(String payload) throws IOException {
        if (payload == null) {
            throw new IOException("the record has no value");
        }
        ContributionSubmitted event = ContractJson.read(payload);
        if (event.submissionId() == null || event.submittedAt() == null) {
            throw new IOException("submissionId and submittedAt are required");
        }
        if (event.schemaVersion() < 1 || event.schemaVersion() > ContributionSubmitted.SCHEMA_VERSION) {
            throw new IOException("schemaVersion " + event.schemaVersion() + " is not supported (1 to "
                    + ContributionSubmitted.SCHEMA_VERSION + ")");
        }
        return event;
    }
}
