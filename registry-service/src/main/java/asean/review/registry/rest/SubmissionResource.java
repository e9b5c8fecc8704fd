package asean.review.registry.rest;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import asean.review.contract.api.SubmissionStatus;
import asean.review.contract.api.SubmissionStatus.State;
import asean.review.registry.ContributionVersion;
import asean.review.registry.Submission;

@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {

    @GET
    @Path("/{submissionId}")
    @Operation(summary = "What became of a submission: PENDING until the registry has it, then REGISTERED or REJECTED")
    public SubmissionStatus status(@PathParam("submissionId") UUID submissionId) {
        Submission submission = Submission.findById(submissionId);
        if (submission == null) {
            return new SubmissionStatus(submissionId, State.PENDING, null, null);
        }
        Integer version = submission.status == State.REGISTERED
                ? ContributionVersion.<ContributionVersion>find("submissionId", submissionId).firstResult().version
                : null;
        return new SubmissionStatus(submissionId, submission.status, version, submission.reason);
    }
}
