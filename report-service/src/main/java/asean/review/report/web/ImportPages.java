package asean.review.report.web;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.contract.Problem.FieldError;
import asean.review.contract.api.ImportResult;
import asean.review.contract.auth.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The office brings a past year's contributions in from a JSON file (as the API takes or lists them), so that the
 * brief compares years from the first year of use. The registry imports all or nothing and says what is wrong where.
 */
@Path("/import")
@RolesAllowed(Roles.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
public class ImportPages {

    /** What the registry takes in one request. */
    static final int LARGEST_FILE = 256 * 1024;

    @CheckedTemplate(basePath = "office")
    static class Templates {
        static native TemplateInstance importYear(OfficePage page, String year, Map<String, String> errors,
                String detail, List<FieldError> problems, ImportResult done);
    }

    private final OfficePages pages;
    private final Registry registry;
    private final ObjectMapper json;

    public ImportPages(OfficePages pages, Registry registry, ObjectMapper json) {
        this.pages = pages;
        this.registry = registry;
        this.json = json;
    }

    @GET
    public TemplateInstance form(@QueryParam("year") Integer year, @QueryParam("imported") Integer imported,
            @QueryParam("unchanged") Integer unchanged) {
        ImportResult done = year != null && imported != null && unchanged != null
                ? new ImportResult(year, imported, unchanged) : null;
        return page(String.valueOf(year != null ? year : pages.today().getYear() - 1), Map.of(), null, List.of(),
                done);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm String year, @RestForm FileUpload file) {
        Integer chosen = year(year);
        if (chosen == null) {
            return refused(year, "year", "import_yearInvalid", null);
        }
        if (file == null || file.size() == 0) {
            return refused(year, "file", "import_fileMissing", null);
        }
        if (file.size() > LARGEST_FILE) {
            return refused(year, "file", "import_fileTooLarge", null);
        }
        List<JsonNode> contributions;
        try {
            JsonNode read = json.readTree(Files.readAllBytes(file.uploadedFile()));
            if (read == null || !read.isArray()) {
                return refused(year, "file", "import_notAnArray", null);
            }
            contributions = new ArrayList<>();
            read.elements().forEachRemaining(contributions::add);
        } catch (JsonProcessingException e) {
            return refused(year, "file", "import_notJson", e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the uploaded file", e);
        }
        try {
            ImportResult result = registry.importYear(chosen, contributions);
            return Response.seeOther(URI.create("/import?year=" + result.year() + "&imported=" + result.imported()
                    + "&unchanged=" + result.unchanged())).build();
        } catch (Registry.Refusal refusal) {
            List<FieldError> problems = refusal.problem().errors() == null ? List.of()
                    : refusal.problem().errors();
            return Response.status(Response.Status.BAD_REQUEST).entity(page(year,
                    Map.of("file", "import_refused"), refusal.problem().detail(), problems, null)).build();
        }
    }

    /** The form again, with what is wrong with {@code field} ({@code message} a key of the office's texts). */
    private Response refused(String year, String field, String message, String detail) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(page(year, Map.of(field, message), detail, List.of(), null)).build();
    }

    private TemplateInstance page(String year, Map<String, String> errors, String detail, List<FieldError> problems,
            ImportResult done) {
        return pages.localized(Templates.importYear(pages.page("import"), year, errors, detail, problems, done));
    }

    private static Integer year(String year) {
        try {
            int value = Integer.parseInt(year == null ? "" : year.strip());
            return value >= 2000 && value <= 2100 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
