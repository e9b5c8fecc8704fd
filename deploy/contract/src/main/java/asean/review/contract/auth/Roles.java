package asean.review.contract.auth;

/** The roles a token may carry (Keycloak's realm roles of the project's realm). */
public final class Roles {

    /** A ministry's officer: submits and reads for the one ministry its token names. */
    public static final String SUBMITTER = "submitter";
    /**
     * The national coordination office: manages cycles, reads everything, reviews, pulls briefs, and enters a
     * ministry's contribution on its behalf (from the ministry's signed letter).
     */
    public static final String COORDINATOR = "coordinator";

    private Roles() {
    }
}
