package asean.review.report.service;

public class RegistryUnavailableException extends RuntimeException {

    public RegistryUnavailableException(Throwable cause) {
        this("compile the brief", cause);
    }

    /** @param purpose what the registry was called for: "compile the brief" */
    public RegistryUnavailableException(String purpose, Throwable cause) {
        super("the registry could not be reached to " + purpose + "; retry later", cause);
    }
}
