package asean.review.ingest.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import asean.review.contract.Contribution;
import asean.review.contract.ContributionRules;
import asean.review.contract.Problem.FieldError;

/** Refuses a contribution that breaks any rule, naming every failing field. */
@ApplicationScoped
public class ContributionValidator {

    private final ContributionRules rules;

    public ContributionValidator(ContributionRules rules) {
        this.rules = rules;
    }

    public void check(Contribution contribution) {
        List<FieldError> errors = rules.check(contribution);
        if (!errors.isEmpty()) {
            throw new InvalidContributionException(errors);
        }
    }
}
