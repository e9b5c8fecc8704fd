package asean.review.registry.service;

import java.util.List;

import asean.review.contract.Problem.FieldError;

public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(String message, List<FieldError> errors) {
        super(message);
        this.errors = errors;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
