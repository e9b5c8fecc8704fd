package asean.review.ingest.web;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in officer's access token, forwarded to the registry so that it applies its own rules to the officer.
 * The one place the pages touch the token: a sign-in mechanism that keeps the token elsewhere (an OIDC session)
 * changes this bean only.
 */
@RequestScoped
public class UserToken {

    private final JsonWebToken token;

    public UserToken(JsonWebToken token) {
        this.token = token;
    }

    /** The raw access token (a JWT) to send as {@code Authorization: Bearer ...}; null when not signed in. */
    public String bearer() {
        return token.getRawToken();
    }
}
