package asean.review.report.service;

/**
 * An officer just added, and the one-time password the office tells them: Keycloak makes them choose their own
 * at their first sign-in. It is shown once and stored nowhere.
 */
public record AddedOfficer(Officer officer, String temporaryPassword) {
}
