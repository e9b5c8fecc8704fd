package asean.review.registry.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import asean.review.contract.auth.RealmAddress;
import asean.review.contract.auth.Roles;
import asean.review.registry.config.MailConfig;

/**
 * The ministries' officers, read from Keycloak's admin API as the service account of
 * {@code asean.mail.people.client-id} (realm-management view-users and query-users only): enabled users whose
 * {@code ministry} attribute is the ministry's code and who hold the realm role submitter. Their language is the
 * user attribute {@code locale}, Vietnamese when absent. Keycloak not answering is an {@link OfficersUnavailable}.
 */
@ApplicationScoped
public class Officers {

    static final String DEFAULT_LANGUAGE = "vi";
    private static final int PAGE = 200;

    private final String issuer;
    private final MailConfig config;
    private Keycloak keycloak;
    private UsersResource users;

    Officers(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer, MailConfig config) {
        this.issuer = issuer;
        this.config = config;
    }

    /** The officers of {@code ministry} who have an e-mail address. */
    public List<Recipient> of(String ministry) {
        List<UserRepresentation> found = new ArrayList<>();
        List<UserRepresentation> page;
        do {
            int first = found.size();
            page = call(() -> users().searchByAttributes(first, PAGE, true, false, "ministry:" + ministry));
            found.addAll(page);
        } while (page.size() == PAGE);
        return found.stream().filter(user -> ministry.equals(user.firstAttribute("ministry")))
                .filter(this::isOfficer).map(Officers::recipient).flatMap(Optional::stream).toList();
    }

    /** The user {@code username} if it is an officer of {@code ministry} with an e-mail address. */
    public Optional<Recipient> officer(String username, String ministry) {
        return call(() -> users().searchByUsername(username, true)).stream()
                .filter(user -> ministry.equals(user.firstAttribute("ministry"))).filter(this::isOfficer)
                .findFirst().flatMap(Officers::recipient);
    }

    private boolean isOfficer(UserRepresentation user) {
        return Boolean.TRUE.equals(user.isEnabled()) && call(() -> users().get(user.getId()).roles().realmLevel()
                .listEffective()).stream().map(RoleRepresentation::getName).anyMatch(Roles.SUBMITTER::equals);
    }

    private static Optional<Recipient> recipient(UserRepresentation user) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            return Optional.empty();
        }
        String locale = user.firstAttribute("locale");
        String language = locale == null || locale.isBlank() ? DEFAULT_LANGUAGE
                : Locale.forLanguageTag(locale).getLanguage();
        return Optional.of(new Recipient(user.getUsername(), user.getEmail(), language));
    }

    private <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ProcessingException | WebApplicationException e) {
            throw new OfficersUnavailable("Keycloak (" + issuer + ") did not list the officers for client "
                    + config.people().clientId() + ": " + e.getMessage(), e);
        }
    }

    private synchronized UsersResource users() {
        if (users == null) {
            String secret = config.people().clientSecret().orElseThrow(() -> new OfficersUnavailable(
                    "mailing the ministries needs asean.mail.people.client-secret, the secret of Keycloak client "
                            + config.people().clientId(), null));
            RealmAddress address;
            try {
                address = RealmAddress.ofIssuer(issuer);
            } catch (IllegalArgumentException e) {
                throw new OfficersUnavailable(e.getMessage(), e);
            }
            keycloak = KeycloakBuilder.builder().serverUrl(address.serverUrl()).realm(address.realm())
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(config.people().clientId())
                    .clientSecret(secret).build();
            users = keycloak.realm(address.realm()).users();
        }
        return users;
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    /** Keycloak cannot tell who the officers are now; the mails wait for the next run. */
    public static class OfficersUnavailable extends RuntimeException {
        OfficersUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
