package asean.review.web;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The signed-in user's access token (from the session of the pages, or the bearer token of an API call),
 * forwarded to the registry so that it applies its own rules to that user.
 */
@RequestScoped
public class UserToken {

    private final SecurityIdentity identity;

    public UserToken(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The raw access token (a JWT) to send as {@code Authorization: Bearer ...}; null when not signed in. */
    public String bearer() {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        return token == null ? null : token.getToken();
    }
}
