package asean.review.report.service;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import asean.review.contract.ReferenceData;
import asean.review.contract.ReferenceData.Ministry;

/**
 * The ministries officers may belong to: those of the reference data that exist in the current year (in the
 * country's time zone), as a contribution of that year may name them; and which ministries merged into which.
 */
@ApplicationScoped
class OfficerMinistries {

    private final ReferenceData reference;
    private final Clock clock;

    OfficerMinistries(ReferenceData reference, Clock clock) {
        this.reference = reference;
        this.clock = clock;
    }

    /** The ministry of {@code code}, which must exist this year: officers are assigned to it from now on. */
    Ministry requireCurrent(String code) {
        int year = currentYear();
        Ministry ministry = requireKnown(code);
        if (!ministry.existedIn(year)) {
            throw new UnknownMinistryException("ministry '" + code + "' does not exist in " + year
                    + (ministry.mergedInto() == null ? "" : " (it merged into " + ministry.mergedInto() + ")")
                    + "; the ministries of " + year + " are " + codesIn(year));
        }
        return ministry;
    }

    /** The ministry of {@code code} at any time, past ones included. */
    Ministry requireKnown(String code) {
        return reference.ministry(code).orElseThrow(() -> new UnknownMinistryException("the reference data has no"
                + " ministry '" + code + "'; the ministries of " + currentYear() + " are " + codesIn(currentYear())));
    }

    /** The ministries that merged into {@code code} and had ceased to exist separately by the end of {@code year}. */
    List<String> mergedInto(String code, int year) {
        return reference.ministries().stream()
                .filter(m -> code.equals(m.mergedInto()) && m.validTo() != null && m.validTo().getYear() <= year)
                .map(Ministry::code).toList();
    }

    private int currentYear() {
        return Year.now(clock.withZone(ZoneId.of(reference.country().timeZone()))).getValue();
    }

    private String codesIn(int year) {
        return reference.ministriesIn(year).stream().map(Ministry::code).collect(Collectors.joining(", "));
    }
}
