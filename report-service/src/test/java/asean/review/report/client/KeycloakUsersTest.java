package asean.review.report.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What the office is told when report-service is not set up to manage officers (the briefs are served anyway). */
class KeycloakUsersTest {

    private static PeopleConfig config(String secret) {
        return new PeopleConfig() {
            @Override
            public String clientId() {
                return "report-service";
            }

            @Override
            public Optional<String> clientSecret() {
                return Optional.ofNullable(secret);
            }
        };
    }

    @Test
    void withoutTheClientsSecretManagingOfficersIsUnavailableAndNamesTheSetting() {
        KeycloakUsers users = new KeycloakUsers("http://127.0.0.1:8180/realms/asean-review", config(null));

        assertThatThrownBy(users::all).isInstanceOfSatisfying(KeycloakUnavailableException.class,
                e -> assertThat(e.getResponse().getStatus()).isEqualTo(503))
                .hasMessage("managing officers needs asean.people.client-secret, the secret of Keycloak client"
                        + " report-service");
    }

    @Test
    void anIssuerOfAnotherProviderMakesManagingOfficersUnavailableAndSaysWhy() {
        KeycloakUsers users = new KeycloakUsers("https://login.example.org", config("secret"));

        assertThatThrownBy(() -> users.byUsername("officer@mofa")).isInstanceOf(KeycloakUnavailableException.class)
                .hasMessageContaining("is not a Keycloak realm's");
    }
}
