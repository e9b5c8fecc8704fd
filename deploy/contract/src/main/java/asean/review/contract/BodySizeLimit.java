package asean.review.contract;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a body declared larger than {@code quarkus.http.limits.max-body-size} with a 413 problem. Quarkus
 * refuses it in a Vert.x route of its own ({@link RouteConstants#ROUTE_ORDER_UPLOAD_LIMIT}) with an empty body,
 * before any exception mapper sees the request; this route runs just ahead of that one. A chunked body, which
 * declares no length, is still cut off by Quarkus while it is read, with an empty 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    static final long DRAINED_MULTIPLE = 16;

    private final Optional<MemorySize> limit;
    private final ObjectMapper json;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit,
            ObjectMapper json) {
        this.limit = limit;
        this.json = json;
    }

    void route(@Observes Router router) {
        limit.map(MemorySize::asLongValue).ifPresent(max -> {
            String problem = problem(max);
            router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> {
                long declared = declaredLength(context.request());
                if (declared > max) {
                    refuse(context, problem, declared <= max * DRAINED_MULTIPLE);
                } else {
                    context.next();
                }
            });
        });
    }

    /**
     * A client still sending its body would miss an answer given before the body was read: a body up to
     * {@link #DRAINED_MULTIPLE} times the limit is read and dropped first. A larger one is answered at once and
     * the connection closed.
     */
    private static void refuse(RoutingContext context, String problem, boolean drain) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ended -> request.connection().close());
        if (!drain) {
            response.end(problem);
            return;
        }
        request.handler(dropped -> { })
                .exceptionHandler(failure -> request.connection().close())
                .endHandler(ended -> response.end(problem));
        request.resume();
    }

    /** The Content-Length; none, or one that is not a number, is left to Quarkus. */
    private static long declaredLength(HttpServerRequest request) {
        try {
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            return length == null ? -1 : Long.parseLong(length);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String problem(long max) {
        try {
            return json.writeValueAsString(Problem.of(ProblemType.CONTENT_TOO_LARGE,
                    "the body is larger than the " + size(max) + " this service accepts"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the 413 problem", e);
        }
    }

    static String size(long bytes) {
        if (bytes > 0 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes > 0 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
