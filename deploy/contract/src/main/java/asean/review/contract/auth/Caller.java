package asean.review.contract.auth;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import jakarta.ws.rs.ForbiddenException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import asean.review.contract.Submitter;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as the verified token says (a bearer token, or the session of a signed-in user): a coordinator,
 * or a submitter speaking for the one ministry its token names. Roles are checked by annotations; what depends on
 * data is checked here.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final String ministryClaim;

    public Caller(SecurityIdentity identity, JsonWebToken token,
            @ConfigProperty(name = "asean.auth.ministry-claim", defaultValue = "ministry") String ministryClaim) {
        this.identity = identity;
        this.token = token;
        this.ministryClaim = ministryClaim;
    }

    /** Whether a user is signed in: not without credentials, nor with credentials no longer valid (an ended session). */
    public boolean signedIn() {
        try {
            return !identity.isAnonymous();
        } catch (AuthenticationFailedException e) {
            return false;
        }
    }

    /** The caller's user name ({@code upn}, {@code preferred_username} or {@code sub}). */
    public String name() {
        return identity.getPrincipal().getName();
    }

    public boolean isCoordinator() {
        return identity.hasRole(Roles.COORDINATOR);
    }

    public boolean isSubmitter() {
        return identity.hasRole(Roles.SUBMITTER);
    }

    /** The ministry a submitter's token names; empty for a coordinator, or a token that names none. */
    public Optional<String> ministry() {
        Object claim = token.getClaim(ministryClaim);
        if (claim instanceof JsonString json) {
            return Optional.of(json.getString());
        }
        return Optional.ofNullable(claim).map(Object::toString);
    }

    /** A submitter may only speak for its own ministry. */
    public void checkSpeaksFor(String ministry) {
        String own = ministry().orElseThrow(() -> new ForbiddenException(
                "the token names no ministry (claim '" + ministryClaim + "'), so it may not submit"));
        if (!own.equals(ministry)) {
            throw new ForbiddenException("the token speaks for " + own + ", not for " + ministry
                    + "; a ministry may only submit and read its own contributions");
        }
    }

    /**
     * Who submits a contribution of {@code ministry}: its own officer (or system), or the office entering it on the
     * ministry's behalf. Anyone else is refused as {@link #checkSpeaksFor} says.
     */
    public Submitter submitterFor(String ministry) {
        boolean own = isSubmitter() && ministry != null && ministry.equals(ministry().orElse(null));
        if (!own && isCoordinator()) {
            return Submitter.onBehalfOf(ministry, name());
        }
        checkSpeaksFor(ministry);
        return new Submitter(name(), ministry);
    }

    /** A coordinator reads everything; a submitter only its own ministry's. */
    public void checkMayRead(String ministry) {
        if (!isCoordinator()) {
            checkSpeaksFor(ministry);
        }
    }
}
