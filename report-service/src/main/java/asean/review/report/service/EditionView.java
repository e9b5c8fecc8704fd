package asean.review.report.service;

import java.time.Instant;

import asean.review.report.Edition;

/** An edition as the API lists it. */
public record EditionView(int year, int number, String revision, String frozenBy, Instant frozenAt) {

    static EditionView of(Edition edition) {
        return new EditionView(edition.year, edition.number, edition.revision, edition.frozenBy, edition.frozenAt);
    }
}
