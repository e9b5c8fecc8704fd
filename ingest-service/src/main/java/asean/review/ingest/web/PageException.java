package asean.review.ingest.web;

import asean.review.contract.auth.Roles;

/**
 * A page that cannot be shown, as the officer reads it: {@code kind} picks the page's title and advice (in his
 * language), {@code detail} says why (e.g. the registry's problem detail), never a stack trace.
 */
public class PageException extends RuntimeException {

    public enum Kind {
        /** Not there, or not the officer's to see (the two are not told apart). */
        NOT_FOUND(404),
        /** Another ministry's. */
        FORBIDDEN(403),
        /** Signed in, but not as a ministry's officer (the office). */
        WRONG_ROLE(403),
        /** A ministry's officer on the pages where the office enters a contribution on a ministry's behalf. */
        OFFICE_ONLY(403),
        /** The registry answered with an error. */
        REGISTRY_ERROR(502),
        /** The registry, the drafts or Kafka did not answer: try again. */
        UNAVAILABLE(503);

        final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;

    public PageException(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    /** A ministry's officer where the office enters a contribution on a ministry's behalf. */
    static PageException officeOnly() {
        return new PageException(Kind.OFFICE_ONLY, "entering a contribution on a ministry's behalf is for the"
                + " national coordination office (role " + Roles.COORDINATOR + ")");
    }

    /** Anyone but a ministry's officer on the officers' pages. */
    static PageException wrongRole() {
        return new PageException(Kind.WRONG_ROLE, "these pages are for ministry officers (role " + Roles.SUBMITTER
                + ")");
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return kind.status;
    }
}
