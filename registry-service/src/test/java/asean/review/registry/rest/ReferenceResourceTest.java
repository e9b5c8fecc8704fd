package asean.review.registry.rest;

import static asean.review.registry.RegistryTest.asCoordinator;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class ReferenceResourceTest {

    @Test
    void ministriesOf2024AreThoseBeforeTheMarch2025Reorganisation() {
        asCoordinator().get("/api/v1/reference/ministries?year=2024")
                .then().statusCode(200)
                .body("code", hasItems("MPI", "MOT", "MARD", "MONRE", "MIC", "MOLISA", "CEMA", "MOFA"))
                .body("code", not(hasItems("MAE")))
                .body("code", not(hasItems("MEMR")))
                .body("find { it.code == 'MOFA' }.nameLocal", equalTo("Bộ Ngoại giao"));
    }

    @Test
    void ministriesOf2026AreTheReorganisedOnes() {
        asCoordinator().get("/api/v1/reference/ministries?year=2026")
                .then().statusCode(200)
                .body("code", hasItems("MAE", "MEMR", "MOST", "SBV", "GI", "GO"))
                .body("code", not(hasItems("MPI")));
    }

    @Test
    void areasAndTheWholeDatasetAreServed() {
        asCoordinator().get("/api/v1/reference/areas")
                .then().statusCode(200)
                .body("code", hasItems("ADMM", "AEM", "CUSTOMS", "PARTNER:EU", "PARTNER:UK", "PARTNER:NZ", "OTHER"));
        asCoordinator().get("/api/v1/reference")
                .then().statusCode(200)
                .body("country.code", equalTo("VN"))
                .body("chairs.find { it.year == 2022 }.country", equalTo("Cambodia"));
    }
}
