package asean.review.report.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

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

    /** Stores {@code brief} as the next edition of its year. */
    public EditionView freeze(Brief brief, String frozenBy) {
        Edition edition = new Edition();
        edition.year = brief.year();
        edition.number = Edition.nextNumber(brief.year());
        edition.revision = brief.revision();
        edition.frozenBy = frozenBy;
        edition.frozenAt = clock.instant();
        edition.brief = write(brief);
        edition.persist();
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
