package asean.review.registry.messaging;

/** A record the registry cannot store; its message is the reason written to the dead-letter topic. */
public class UnprocessableSubmissionException extends RuntimeException {

    public UnprocessableSubmissionException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
