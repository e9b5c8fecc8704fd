package asean.review.registry.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import asean.review.contract.Problem;
import asean.review.contract.api.SubmissionStatus;
import asean.review.contract.api.SubmissionStatus.State;
import asean.review.contract.auth.Caller;
import asean.review.contract.auth.Roles;
import asean.review.registry.ContributionVersion;
import asean.review.registry.Submission;

@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {

    private final Caller caller;

    public SubmissionResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Path("/{submissionId}")
    @RolesAllowed({ Roles.SUBMITTER, Roles.COORDINATOR })
    @Operation(summary = "What became of a submission: PENDING until the registry has it, then REGISTERED (with its"
            + " review: state, and the office's message if returned) or REJECTED (with the reason)")
    @APIResponse(responseCode = "200", description = "The submission's status")
    @APIResponse(responseCode = "403", description = "A submitter asking for another ministry's submission",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "forbidden", ref = "forbidden")))
    public SubmissionStatus status(@PathParam("submissionId") UUID submissionId) {
        Submission submission = Submission.findById(submissionId);
        if (submission == null) {
            return new SubmissionStatus(submissionId, State.PENDING, null, null, null);
        }
        if (submission.ministry != null) {
            caller.checkMayRead(submission.ministry);
        } else if (!caller.isCoordinator()) {
            throw new ForbiddenException("this submission names no ministry; only the office may read it");
        }
        if (submission.status != State.REGISTERED) {
            return new SubmissionStatus(submissionId, submission.status, null, submission.reason, null);
        }
        ContributionVersion version = ContributionVersion.find("submissionId", submissionId).firstResult();
        return new SubmissionStatus(submissionId, submission.status, version.version, null, version.review());
    }
}
