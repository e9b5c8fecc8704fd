package asean.review.infra.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResourceManager;

/**
 * The API documented where users look, for anyone who opens it: Swagger UI and the OpenAPI document answer without a
 * token, and the document has no {@link ApiDocumentDefects defect}. Each service's {@code ApiDocumentTest} extends
 * this with its test resources and gives the error catalogue's types.
 */
public abstract class ApiDocumentContract {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    /** The {@code type} URIs of the error catalogue. */
    protected abstract Set<String> catalogue();

    @Test
    void swaggerUiAnswersWithoutAToken() throws Exception {
        HttpResponse<String> page = get("/q/swagger-ui");

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("swagger-ui"), page.body());
    }

    @Test
    void theDocumentAnswersWithoutATokenAndDocumentsEveryBodyAndError() throws Exception {
        HttpResponse<String> answer = get("/q/openapi?format=json");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode document = new ObjectMapper().readTree(answer.body());

        assertTrue(document.path("paths").size() > 0, "operations documented");
        assertEquals(List.of(), ApiDocumentDefects.of(document, catalogue()));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(TestHTTPResourceManager.getUri() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
