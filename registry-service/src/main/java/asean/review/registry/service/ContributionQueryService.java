package asean.review.registry.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import asean.review.contract.api.RegisteredContribution;
import asean.review.registry.ContributionVersion;

/** The registered versions as the API serves them; who may read which is the caller's check, not this one's. */
@ApplicationScoped
@Transactional
public class ContributionQueryService {

    /**
     * The latest version of each contribution matching the filters (null filters match all), or with
     * {@code accepted} its latest accepted version.
     */
    public List<RegisteredContribution> latest(Integer year, String ministry, String pillar, String area,
            boolean accepted) {
        List<ContributionVersion> versions = accepted
                ? ContributionVersion.accepted(year, ministry, pillar, area)
                : ContributionVersion.current(year, ministry, pillar, area);
        return views(versions);
    }

    /** Every version of one contribution, oldest first; empty if none is registered. */
    public List<RegisteredContribution> history(int year, String ministry, String area) {
        return views(ContributionVersion.history(year, ministry, area));
    }

    /** Every version of every contribution of the year, by ministry, area and version. */
    public List<RegisteredContribution> versionsOfYear(int year) {
        return views(ContributionVersion.ofYear(year));
    }

    private static List<RegisteredContribution> views(List<ContributionVersion> versions) {
        return versions.stream().map(ContributionVersion::view).toList();
    }
}
