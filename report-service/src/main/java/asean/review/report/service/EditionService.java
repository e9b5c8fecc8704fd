package asean.review.report.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response.Status;

import org.hibernate.exception.ConstraintViolationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.report.Edition;
import asean.review.report.brief.Brief;

/** Freezes briefs as numbered editions and gives them back exactly as they were frozen. */
@ApplicationScoped
@Transactional
public class EditionService {

    private final ObjectMapper json;
    private final Clock clock;

    public EditionService(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /**
     * Stores {@code brief} as the next edition of its year. A writer that took the number without the lock
     * (another version of this service, say) makes this freeze a 409 that can simply be retried.
     */
    public EditionView freeze(Brief brief, String frozenBy) {
        Edition.lock(brief.year());
        Edition edition = new Edition();
        edition.year = brief.year();
        edition.number = Edition.nextNumber(brief.year());
        edition.revision = brief.revision();
        edition.frozenBy = frozenBy;
        edition.frozenAt = clock.instant();
        edition.brief = write(brief);
        try {
            edition.persistAndFlush();
        } catch (PersistenceException e) {
            if (!uniqueKeyViolated(e)) {
                throw e;
            }
            throw new ClientErrorException("edition " + edition.number + " of " + edition.year + " was frozen by"
                    + " another request at the same moment; freeze again to get the next number", Status.CONFLICT);
        }
        return EditionView.of(edition);
    }

    public List<EditionView> list(int year) {
        return Edition.of(year).stream().map(EditionView::of).toList();
    }

    /** The frozen brief, marked with its edition. */
    public Optional<Brief> brief(int year, int number) {
        return Edition.find(year, number).map(edition -> read(edition.brief)
                .withEdition(new Brief.EditionInfo(edition.number, edition.frozenBy, edition.frozenAt)));
    }

    private static boolean uniqueKeyViolated(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }

    private String write(Brief brief) {
        try {
            return json.writeValueAsString(brief);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the brief", e);
        }
    }

    private Brief read(String stored) {
        try {
            return json.readValue(stored, Brief.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored edition cannot be read", e);
        }
    }
}
