package asean.review.report.service;

import jakarta.ws.rs.BadRequestException;

/** A ministry code the reference data does not have, or not for the year it is wanted for (400). */
public class UnknownMinistryException extends BadRequestException {

    public UnknownMinistryException(String message) {
        super(message);
    }
}
