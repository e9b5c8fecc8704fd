package asean.review.ingest.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import asean.review.contract.Contribution;
import asean.review.contract.Problem;
import asean.review.contract.Submitter;
import asean.review.contract.auth.Caller;
import asean.review.contract.auth.Roles;
import asean.review.ingest.service.InvalidContributionException;
import asean.review.ingest.service.SubmissionAccepted;
import asean.review.ingest.service.SubmissionService;

@Path("/api/v1/contributions")
public class ContributionResource {

    static final int MAX_IDEMPOTENCY_KEY = 200;

    private final SubmissionService submissions;
    private final Caller caller;

    public ContributionResource(SubmissionService submissions, Caller caller) {
        this.submissions = submissions;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a ministry's contribution for one area and year (a new version if it exists)",
            description = "A submitter submits for the ministry its token names. The coordination office (role "
                    + Roles.COORDINATOR + ") may submit for any ministry, entering the contribution on its behalf"
                    + " (from its signed letter): the event and the registry record the office's user as who"
                    + " entered it, for the body's ministry, marked onBehalf. Every rule applies all the same.")
    @APIResponse(responseCode = "202", description = "Kafka holds the submission; its status is at statusUrl")
    @APIResponse(responseCode = "400", description = "Invalid contribution: every failing field is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "invalid-contribution", ref = "invalid-contribution")))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Neither a submitter nor the office, or a submitter whose"
            + " token names another ministry than the body",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "forbidden", ref = "forbidden")))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with a different body")
    @APIResponse(responseCode = "503", description = "Kafka or the Idempotency-Key store did not answer in time:"
            + " nothing was accepted; retry after Retry-After seconds with the same Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(
                    name = "submission-not-acknowledged", ref = "submission-not-acknowledged")))
    @RolesAllowed({ Roles.SUBMITTER, Roles.COORDINATOR })
    public Response submit(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "contribution", ref = "contribution"))) Contribution contribution,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        checkIdempotencyKey(idempotencyKey);
        String ministry = contribution == null ? null : contribution.ministry();
        // Without a ministry the contribution is refused as invalid, whoever sends it.
        Submitter submitter = ministry == null ? new Submitter(caller.name(), null) : caller.submitterFor(ministry);
        SubmissionAccepted accepted = submissions.submit(contribution, submitter, idempotencyKey);
        return Response.accepted(accepted).location(URI.create(accepted.statusUrl())).build();
    }

    private static void checkIdempotencyKey(String key) {
        if (key != null && (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY
                || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e))) {
            throw new InvalidContributionException(List.of(new Problem.FieldError("Idempotency-Key",
                    "must be 1 to " + MAX_IDEMPOTENCY_KEY + " visible ASCII characters")));
        }
    }
}
