package asean.review.contract.auth;

/**
 * Where a Keycloak realm is, read from its issuer ({@code <server>/realms/<realm>}): the admin API wants the server
 * and the realm's name, and this system is configured with the issuer alone ({@code asean.oidc.issuer}). Report-service
 * manages the officers there, the registry reads them to mail them.
 */
public record RealmAddress(String serverUrl, String realm) {

    private static final String REALMS = "/realms/";

    public static RealmAddress ofIssuer(String issuer) {
        String trimmed = issuer.strip().replaceFirst("/+$", "");
        int at = trimmed.lastIndexOf(REALMS);
        String realm = at < 0 ? "" : trimmed.substring(at + REALMS.length());
        if (realm.isEmpty() || realm.contains("/")) {
            throw new IllegalArgumentException("the issuer " + issuer + " is not a Keycloak realm's"
                    + " (<server>/realms/<realm>): the officers are read and managed through Keycloak's admin API");
        }
        return new RealmAddress(trimmed.substring(0, at), realm);
    }
}
