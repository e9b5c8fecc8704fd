package asean.review.report.rest;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import asean.review.contract.ProblemType;
import asean.review.infra.quarkus.ApiDocumentContract;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** Swagger UI and the OpenAPI document of report, as {@link ApiDocumentContract} says. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(KeycloakTestResource.class)
class ApiDocumentTest extends ApiDocumentContract {

    @Override
    protected Set<String> catalogue() {
        return Arrays.stream(ProblemType.values()).map(type -> type.uri().toString()).collect(Collectors.toSet());
    }
}
