package asean.review.report.service;

/**
 * A ministry's officer as the office manages it: a user of the realm with the role submitter (never the office's
 * own accounts). {@code ministry} is null for an account whose ministry was never set: it cannot submit until the
 * office assigns one.
 */
public record Officer(String username, String firstName, String lastName, String email, String ministry,
        boolean deputy, boolean enabled) {
}
