package asean.review.ingest.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.contract.Problem;
import asean.review.contract.api.Cycle;
import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.SubmissionStatus;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for the registry's read API, served by the test application itself under {@code /stand-in}: what the
 * tests put in {@link #CONTRIBUTIONS} and {@link #CYCLES}, each ministry seeing only its own (read from the forwarded
 * bearer token's {@code ministry} claim) and the office (role coordinator) everything; no token is a 401, as the
 * registry does.
 */
@Path("/stand-in/api/v1")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class RegistryStandIn {

    static final List<RegisteredContribution> CONTRIBUTIONS = new CopyOnWriteArrayList<>();
    static final List<Cycle> CYCLES = new CopyOnWriteArrayList<>();
    static final Map<UUID, SubmissionStatus> SUBMISSIONS = new ConcurrentHashMap<>();
    /** Every Authorization header the stand-in received. */
    static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Who the forwarded token speaks for: one ministry, or the office, which sees every ministry's. */
    private record Viewer(String ministry, boolean office) {

        boolean sees(String ministry) {
            return office || ministry.equals(this.ministry);
        }
    }

    /** Runs the test application on a known port, and points the pages' registry client at the stand-in. */
    public static class Resource implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return Map.of("quarkus.http.test-port", Integer.toString(port),
                    "quarkus.rest-client.registry.url", "http://127.0.0.1:" + port + "/stand-in");
        }

        @Override
        public void stop() {
        }
    }

    @GET
    @Path("/contributions")
    public Response contributions(@HeaderParam("Authorization") String authorization, @QueryParam("year") Integer year,
            @QueryParam("ministry") String ministry, @QueryParam("area") String area,
            @QueryParam("accepted") boolean accepted) {
        Viewer viewer = viewerOf(authorization);
        if (viewer == null) {
            return problem(401, "no token");
        }
        if (ministry != null && !viewer.sees(ministry)) {
            return problem(403, "the token speaks for " + viewer.ministry() + ", not for " + ministry);
        }
        List<RegisteredContribution> found = new ArrayList<>();
        for (RegisteredContribution c : CONTRIBUTIONS) {
            if (viewer.sees(c.contribution().ministry())
                    && (ministry == null || c.contribution().ministry().equals(ministry))
                    && (year == null || c.contribution().year().equals(year))
                    && (area == null || c.contribution().area().equals(area))
                    && (!accepted || c.review() != null && c.review().state().name().equals("ACCEPTED"))) {
                found.removeIf(f -> f.contribution().key().equals(c.contribution().key()));
                found.add(c);
            }
        }
        return Response.ok(found).build();
    }

    @GET
    @Path("/contributions/{year}/{ministry}/{area}/versions")
    public Response versions(@HeaderParam("Authorization") String authorization, @PathParam("year") int year,
            @PathParam("ministry") String ministry, @PathParam("area") String area) {
        Viewer viewer = viewerOf(authorization);
        if (viewer == null) {
            return problem(401, "no token");
        }
        if (!viewer.sees(ministry)) {
            return problem(403, "the token speaks for " + viewer.ministry() + ", not for " + ministry);
        }
        List<RegisteredContribution> versions = CONTRIBUTIONS.stream()
                .filter(c -> c.contribution().key().equals(year + ":" + ministry + ":" + area)).toList();
        return versions.isEmpty() ? problem(404, "no contribution " + year + ":" + ministry + ":" + area
                + " is registered") : Response.ok(versions).build();
    }

    @GET
    @Path("/submissions/{id}")
    public Response submission(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id) {
        if (viewerOf(authorization) == null) {
            return problem(401, "no token");
        }
        return Response.ok(SUBMISSIONS.getOrDefault(id,
                new SubmissionStatus(id, SubmissionStatus.State.PENDING, null, null, null))).build();
    }

    @GET
    @Path("/cycles")
    public Response cycles(@HeaderParam("Authorization") String authorization) {
        if (viewerOf(authorization) == null) {
            return problem(401, "no token");
        }
        return Response.ok(CYCLES).build();
    }

    private static Viewer viewerOf(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        AUTHORIZATIONS.add(authorization);
        try {
            String payload = authorization.substring(7).split("\\.")[1];
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(payload),
                    StandardCharsets.UTF_8));
            boolean office = false;
            for (JsonNode role : claims.path("realm_access").path("roles")) {
                office |= "coordinator".equals(role.asText());
            }
            String ministry = claims.path("ministry").asText(null);
            return ministry == null && !office ? null : new Viewer(ministry, office);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Response problem(int status, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.ofStatus(status, "refused", detail)).build();
    }
}
