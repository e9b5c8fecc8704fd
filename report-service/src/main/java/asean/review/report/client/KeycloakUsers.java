package asean.review.report.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RoleScopeResource;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import asean.review.contract.auth.RealmAddress;

/**
 * The users of the realm that issues this system's tokens, through Keycloak's admin API, as the service account of
 * {@code asean.people.client-id} (realm-management roles view-users, query-users, manage-users: it may not read
 * realm roles, so roles are read and granted through each user's role mappings). Keycloak not answering, or
 * refusing that account, is a {@link KeycloakUnavailableException}; what Keycloak says about a request itself (a
 * conflict, a value it refuses) reaches the caller as Keycloak's own {@code WebApplicationException}.
 */
@ApplicationScoped
public class KeycloakUsers {

    private static final int PAGE = 200;

    private final String issuer;
    private final PeopleConfig config;
    private Keycloak keycloak;
    private UsersResource users;

    KeycloakUsers(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer, PeopleConfig config) {
        this.issuer = issuer;
        this.config = config;
    }

    /** The user named {@code username} exactly (Keycloak keeps user names in lower case). */
    public Optional<UserRepresentation> byUsername(String username) {
        return call(() -> users().searchByUsername(username, true)).stream().findFirst();
    }

    public Optional<UserRepresentation> byEmail(String email) {
        return call(() -> users().searchByEmail(email, true)).stream().findFirst();
    }

    public UserRepresentation byId(String id) {
        return call(() -> users().get(id).toRepresentation());
    }

    /** Every user of the realm but the clients' service accounts. */
    public List<UserRepresentation> all() {
        return paged((first, max) -> users().list(first, max));
    }

    /** The users whose attribute {@code name} is {@code value} (Keycloak compares without case). */
    public List<UserRepresentation> withAttribute(String name, String value) {
        return paged((first, max) -> users().searchByAttributes(first, max, null, false, name + ":" + value));
    }

    /** The user's realm roles, those it has through groups and composite roles included. */
    public Set<String> realmRoles(String id) {
        return call(() -> users().get(id).roles().realmLevel().listEffective()).stream()
                .map(RoleRepresentation::getName).collect(Collectors.toSet());
    }

    /**
     * Creates {@code user} and answers its id.
     *
     * @throws jakarta.ws.rs.ClientErrorException 409 when another user has its user name or e-mail address
     */
    public String create(UserRepresentation user) {
        return call(() -> {
            try (Response response = users().create(user)) {
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
    }

    public void update(UserRepresentation user) {
        run(() -> users().get(user.getId()).update(user));
    }

    public void grantRealmRole(String id, String role) {
        run(() -> {
            RoleScopeResource realmRoles = users().get(id).roles().realmLevel();
            RoleRepresentation granted = realmRoles.listAvailable().stream()
                    .filter(available -> role.equals(available.getName())).findFirst()
                    .orElseThrow(() -> new KeycloakUnavailableException("Keycloak does not let client "
                            + config.clientId() + " grant the realm role " + role, null));
            realmRoles.add(List.of(granted));
        });
    }

    /** Sets the user's password; a temporary one must be changed at the next sign-in. */
    public void setPassword(String id, String password, boolean temporary) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(temporary);
        run(() -> users().get(id).resetPassword(credential));
    }

    /** Ends the user's sessions: tokens already issued last until they expire (minutes), but cannot be refreshed. */
    public void signOut(String id) {
        run(() -> users().get(id).logout());
    }

    public void delete(String id) {
        run(() -> users().delete(id).close());
    }

    private List<UserRepresentation> paged(BiFunction<Integer, Integer, List<UserRepresentation>> page) {
        List<UserRepresentation> found = new ArrayList<>();
        List<UserRepresentation> last;
        do {
            int first = found.size();
            last = call(() -> page.apply(first, PAGE));
            found.addAll(last);
        } while (last.size() == PAGE);
        return found;
    }

    private void run(Runnable request) {
        call(() -> {
            request.run();
            return null;
        });
    }

    private <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ProcessingException e) {
            throw new KeycloakUnavailableException("Keycloak (" + issuer + ") did not answer; retry later", e);
        } catch (NotAuthorizedException | ForbiddenException e) {
            throw new KeycloakUnavailableException("Keycloak refused client " + config.clientId() + ": check its"
                    + " secret (asean.people.client-secret) and that its service account has the realm-management"
                    + " roles view-users, query-users and manage-users", e);
        }
    }

    /** Made on first use, so that the service serves briefs without Keycloak's admin API (or its secret). */
    private synchronized UsersResource users() {
        if (users == null) {
            String secret = config.clientSecret().orElseThrow(() -> new KeycloakUnavailableException(
                    "managing officers needs asean.people.client-secret, the secret of Keycloak client "
                            + config.clientId(), null));
            RealmAddress address = realmAddress();
            keycloak = KeycloakBuilder.builder().serverUrl(address.serverUrl()).realm(address.realm())
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(config.clientId()).clientSecret(secret)
                    .build();
            users = keycloak.realm(address.realm()).users();
        }
        return users;
    }

    private RealmAddress realmAddress() {
        try {
            return RealmAddress.ofIssuer(issuer);
        } catch (IllegalArgumentException e) {
            throw new KeycloakUnavailableException(e.getMessage(), e);
        }
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
