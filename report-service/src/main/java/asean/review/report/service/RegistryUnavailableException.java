package asean.review.report.service;

public class RegistryUnavailableException extends RuntimeException {

    public RegistryUnavailableException(Throwable cause) {
        super("the registry could not be reached to compile the brief; retry later", cause);
    }
}
