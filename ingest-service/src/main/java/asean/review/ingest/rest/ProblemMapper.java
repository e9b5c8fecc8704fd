package asean.review.ingest.rest;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import asean.review.contract.Problem;
import asean.review.contract.ProblemMappers;
import asean.review.contract.ProblemType;
import asean.review.ingest.service.IdempotencyConflictException;
import asean.review.ingest.service.IdempotencyStoreUnavailableException;
import asean.review.ingest.service.InvalidContributionException;
import asean.review.ingest.service.PublishFailedException;

/** This service's own errors as RFC 9457 problems; the shared ones are in {@link ProblemMappers}. */
public class ProblemMapper {

    static final String RETRY_AFTER_SECONDS = "2";

    @ServerExceptionMapper
    public Response invalid(InvalidContributionException e) {
        return ProblemMappers.of(Problem.invalid(ProblemType.INVALID_CONTRIBUTION, e.getMessage(), e.errors()));
    }

    @ServerExceptionMapper
    public Response conflict(IdempotencyConflictException e) {
        return ProblemMappers.of(Problem.of(ProblemType.IDEMPOTENCY_KEY_REUSED, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unavailable(PublishFailedException e) {
        return unavailable(e.getMessage());
    }

    @ServerExceptionMapper
    public Response unavailable(IdempotencyStoreUnavailableException e) {
        return unavailable(e.getMessage());
    }

    /** Soon enough for a client to retry while a restarted broker or database comes back. */
    private Response unavailable(String detail) {
        return Response.fromResponse(ProblemMappers.of(Problem.of(ProblemType.SUBMISSION_NOT_ACKNOWLEDGED, detail)))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }
}
