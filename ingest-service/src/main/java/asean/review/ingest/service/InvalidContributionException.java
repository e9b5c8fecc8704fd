package asean.review.ingest.service;

import java.util.List;

import asean.review.contract.Problem;

public class InvalidContributionException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public InvalidContributionException(List<Problem.FieldError> errors) {
        super(errors.size() + " field(s) of the contribution are invalid");
        this.errors = errors;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
