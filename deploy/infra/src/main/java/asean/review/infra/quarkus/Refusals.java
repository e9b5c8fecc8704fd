package asean.review.infra.quarkus;

/**
 * The {@code detail} of the problem every service answers a refused caller with, as a client reads it. Written
 * out here rather than taken from the services' code, so that a refusal that changes its reason, or loses it,
 * fails the access tests.
 */
public final class Refusals {

    /** 401: no bearer token at all. */
    public static final String NO_TOKEN = "this operation needs a bearer token (Authorization: Bearer <JWT>)";

    /** 401: a token that is malformed, expired, from another issuer or signed by another key. */
    public static final String INVALID_TOKEN = "the bearer token is not valid: it is malformed, expired, from"
            + " another issuer or not signed by the trusted key";

    /** 403: a valid token whose role may not call the endpoint. */
    public static final String WRONG_ROLE = "the token's role may not do this; roles are 'submitter' (a ministry)"
            + " and 'coordinator' (the office)";

    /** 403: a submitter's token that names no ministry, where the data belong to one. */
    public static final String NO_MINISTRY = "the token names no ministry (claim 'ministry'), so it may not submit";

    private Refusals() {
    }

    /** 403: a submitter of {@code own} asking for, or submitting as, {@code other}. */
    public static String anotherMinistry(String own, String other) {
        return "the token speaks for " + own + ", not for " + other
                + "; a ministry may only submit and read its own contributions";
    }
}
