package asean.review.report.brief;

import java.util.List;
import java.util.Optional;

import asean.review.contract.ReferenceData;
import asean.review.contract.api.Completeness;
import asean.review.contract.api.Cycle;
import asean.review.contract.api.RegisteredContribution;

/**
 * Everything a brief is compiled from; cycle and completeness are empty until the cycle is set.
 * {@code contributions} are the latest accepted versions, which the brief reports; {@code notAccepted} the
 * latest versions still pending review or returned, which the annex lists; {@code previousYear} the previous year's
 * latest accepted versions, which the brief compares with.
 */
public record BriefInputs(
        int year,
        Optional<Cycle> cycle,
        Optional<Completeness> completeness,
        List<RegisteredContribution> contributions,
        List<RegisteredContribution> notAccepted,
        ReferenceData.Dataset reference,
        List<RegisteredContribution> previousYear) {

    /** Inputs with nothing recorded for the previous year. */
    public BriefInputs(int year, Optional<Cycle> cycle, Optional<Completeness> completeness,
            List<RegisteredContribution> contributions, List<RegisteredContribution> notAccepted,
            ReferenceData.Dataset reference) {
        this(year, cycle, completeness, contributions, notAccepted, reference, List.of());
    }
}
