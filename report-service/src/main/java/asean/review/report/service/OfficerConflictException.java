package asean.review.report.service;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response.Status;

/** Another account already has this user name or e-mail address (409); {@link #field()} says which. */
public class OfficerConflictException extends ClientErrorException {

    private final String field;

    public OfficerConflictException(String field, String message) {
        super(message, Status.CONFLICT);
        this.field = field;
    }

    /** {@code username} or {@code email}, as in {@link NewOfficer}. */
    public String field() {
        return field;
    }
}
