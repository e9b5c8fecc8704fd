package asean.review.contract.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RealmAddressTest {

    @Test
    void theServerAndRealmAreReadFromTheIssuer() {
        assertThat(RealmAddress.ofIssuer("http://127.0.0.1:8180/realms/asean-review"))
                .isEqualTo(new RealmAddress("http://127.0.0.1:8180", "asean-review"));
        assertThat(RealmAddress.ofIssuer("https://sso.example.gov.vn/auth/realms/asean/"))
                .as("a server under a path, an issuer ending in a slash")
                .isEqualTo(new RealmAddress("https://sso.example.gov.vn/auth", "asean"));
    }

    @Test
    void anIssuerThatIsNotAKeycloakRealmsIsRefusedWithTheReason() {
        for (String issuer : new String[] {"https://login.example.org", "https://sso.example.gov.vn/realms/",
                "https://sso.example.gov.vn/realms/asean/protocol"}) {
            assertThatThrownBy(() -> RealmAddress.ofIssuer(issuer)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the issuer " + issuer + " is not a Keycloak realm's (<server>/realms/<realm>):"
                            + " the officers are read and managed through Keycloak's admin API");
        }
    }
}
