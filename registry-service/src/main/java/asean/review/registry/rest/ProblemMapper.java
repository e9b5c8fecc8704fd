package asean.review.registry.rest;

import java.util.List;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import asean.review.contract.Problem;
import asean.review.contract.Problem.FieldError;
import asean.review.contract.ProblemMappers;
import asean.review.registry.service.InvalidRequestException;

/** This service's own errors as RFC 9457 problems; the shared ones are in {@link ProblemMappers}. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return ProblemMappers.of(new Problem("about:blank", "Invalid request", 400, e.getMessage(), e.errors()));
    }

    @ServerExceptionMapper
    public Response violated(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        return ProblemMappers.of(new Problem("about:blank", "Invalid request", 400,
                errors.size() + " field(s) are invalid", errors));
    }

    /** {@code put.cycle.deadline} names the method and parameter first; the client knows only {@code deadline}. */
    private static String fieldOf(String path) {
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
