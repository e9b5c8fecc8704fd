package asean.review.report.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import asean.review.contract.ReferenceData;
import asean.review.contract.api.AuditEntry;
import asean.review.contract.api.Completeness;
import asean.review.contract.api.Cycle;
import asean.review.contract.api.RegisteredContribution;

/**
 * The registry's query API, the report's only source of data. The caller's bearer token is passed on
 * (see {@code propagateHeaders}), so the registry decides what the caller may read.
 */
@RegisterRestClient(configKey = "registry")
@RegisterClientHeaders
@Path("/api/v1")
public interface RegistryClient {

    /** @throws jakarta.ws.rs.NotFoundException while the cycle is not set */
    @GET
    @Path("/cycles/{year}")
    Cycle cycle(@PathParam("year") int year);

    @GET
    @Path("/cycles/{year}/completeness")
    Completeness completeness(@PathParam("year") int year);

    /** The latest version of each contribution, or with {@code accepted} the latest accepted one. */
    @GET
    @Path("/contributions")
    List<RegisteredContribution> contributions(@QueryParam("year") int year, @QueryParam("accepted") boolean accepted);

    /** Every version of every contribution of the year, by ministry, area and version. */
    @GET
    @Path("/contributions/{year}/versions")
    List<RegisteredContribution> versions(@PathParam("year") int year);

    /** Every change of state in the year, oldest first. */
    @GET
    @Path("/audit/{year}")
    List<AuditEntry> audit(@PathParam("year") int year);

    @GET
    @Path("/reference")
    ReferenceData.Dataset reference();
}
