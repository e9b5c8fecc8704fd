package asean.review.contract.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import asean.review.contract.Problem;
import asean.review.contract.ProblemType;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every service's OpenAPI document shares (each names it in {@code mp.openapi.filter}):
 * <ul>
 * <li>only the API ({@code /api/}): the pages are for people, not clients;</li>
 * <li>the examples of request bodies, from {@code openapi/examples/<name>.json} beside this class's contract, which an
 * operation names with {@code @ExampleObject(name = ..., ref = "<name>")};</li>
 * <li>an example of every {@link ProblemType}, named by its slug, and the {@code Problem} schema;</li>
 * <li>the errors every operation can answer (a missing or invalid token, the wrong role, an unacceptable
 * {@code Accept}, an unexpected failure; with a body, an unreadable, too large or non-JSON one), and on every other
 * error response an operation declares, the problem body with an example of the general type of its status unless
 * it names its own (a {@code 403} for another ministry's data names {@code forbidden}: every {@code 403} already
 * has {@code wrong-role}).</li>
 * </ul>
 */
public class ApiDocumentFilter implements OASFilter {

    static final String API = "/api/";
    static final List<String> REQUEST_EXAMPLES = List.of("contribution", "past-year", "cycle", "review-accept",
            "review-return");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        components.addSchema("Problem", problemSchema());
        for (ProblemType type : ProblemType.values()) {
            components.addExample(type.slug(), OASFactory.createExample().summary(type.title())
                    .value(JSON.convertValue(ProblemExamples.of(type), Map.class)));
        }
        REQUEST_EXAMPLES.forEach(name -> components.addExample(name, OASFactory.createExample().value(read(name))));
        if (api.getPaths() == null) {
            return;
        }
        for (String path : new ArrayList<>(api.getPaths().getPathItems().keySet())) {
            if (!path.startsWith(API)) {
                api.getPaths().removePathItem(path);
            }
        }
        boolean securedByDefault = api.getSecurity() != null && !api.getSecurity().isEmpty();
        for (PathItem item : api.getPaths().getPathItems().values()) {
            item.getOperations().values().forEach(operation -> addProblems(operation, securedByDefault));
        }
    }

    private static void addProblems(Operation operation, boolean securedByDefault) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() == null ? securedByDefault : !operation.getSecurity().isEmpty();
        if (secured) {
            add(responses, ProblemType.UNAUTHORIZED, "No bearer token, or one that is not valid");
            add(responses, ProblemType.WRONG_ROLE, "The token's role may not do this");
        }
        add(responses, ProblemType.NOT_ACCEPTABLE, "The Accept header names no format this operation answers in");
        add(responses, ProblemType.INTERNAL_ERROR, "An unexpected failure (logged)");
        if (operation.getRequestBody() != null) {
            add(responses, ProblemType.UNREADABLE_BODY, "The body is not JSON, or has an unknown field or a wrong type");
            add(responses, ProblemType.CONTENT_TOO_LARGE, "The body is larger than the service accepts");
            add(responses, ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body is not sent as application/json");
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (isError(code) && response.getRef() == null) {
                MediaType problem = problemContent(response);
                if (problem.getExamples() == null || problem.getExamples().isEmpty()) {
                    ProblemType.forStatus(Integer.parseInt(code)).ifPresent(type -> addExample(problem, type));
                }
            }
        });
    }

    /** Adds {@code type} to the response of its status, declaring that response if the operation did not. */
    private static void add(APIResponses responses, ProblemType type, String description) {
        String code = String.valueOf(type.status());
        APIResponse response = responses.getAPIResponse(code);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(code, response);
        }
        if (response.getRef() == null) {
            addExample(problemContent(response), type);
        }
    }

    private static MediaType problemContent(APIResponse response) {
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent());
        }
        Content content = response.getContent();
        MediaType problem = content.getMediaType(Problem.MEDIA_TYPE);
        if (problem == null) {
            problem = OASFactory.createMediaType();
            content.addMediaType(Problem.MEDIA_TYPE, problem);
        }
        if (problem.getSchema() == null) {
            problem.setSchema(OASFactory.createSchema().ref("Problem"));
        }
        return problem;
    }

    private static void addExample(MediaType problem, ProblemType type) {
        if (problem.getExamples() == null || !problem.getExamples().containsKey(type.slug())) {
            problem.addExample(type.slug(), OASFactory.createExample().ref(type.slug()));
        }
    }

    private static boolean isError(String code) {
        return code.length() == 3 && (code.startsWith("4") || code.startsWith("5"));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("field", text.description("the field's JSON path, e.g. roles[0].role"))
                .addProperty("message", OASFactory.createSchema().addType(SchemaType.STRING));
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail; its type is one of the README's error catalogue")
                .addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING).format("uri"))
                .addProperty("title", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY).items(fieldError));
    }

    private static Object read(String name) {
        String resource = "/openapi/examples/" + name + ".json";
        try (InputStream in = ApiDocumentFilter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no example " + resource);
            }
            return JSON.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
