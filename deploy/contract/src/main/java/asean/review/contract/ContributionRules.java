package asean.review.contract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import asean.review.contract.Problem.FieldError;

/**
 * Every rule of a contribution: the field rules (Bean Validation annotations on {@link Contribution})
 * and those that need reference data (codes that exist, and existed in that year).
 * Ingest refuses a contribution that breaks one; the registry checks again and rejects it.
 */
public final class ContributionRules {

    private final ReferenceData reference;
    private final Validator validator;
    private final String ministriesUrl;
    private final String areasUrl;

    /** {@code referenceUrl}: the base URL of the registry that lists the codes ("" when it is this service). */
    public ContributionRules(ReferenceData reference, Validator validator, String referenceUrl) {
        this.reference = reference;
        this.validator = validator;
        this.ministriesUrl = referenceUrl + "/api/v1/reference/ministries?year=";
        this.areasUrl = referenceUrl + "/api/v1/reference/areas";
    }

    /** Every broken rule, sorted by field; empty when there is none. */
    public List<FieldError> check(Contribution contribution) {
        if (contribution == null) {
            return List.of(new FieldError("", "a contribution is required"));
        }
        List<FieldError> violations = new ArrayList<>();
        for (ConstraintViolation<Contribution> violation : validator.validate(contribution)) {
            violations.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        checkMinistry(contribution, violations);
        checkArea(contribution, violations);
        violations.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return violations;
    }

    private void checkMinistry(Contribution c, List<FieldError> violations) {
        if (isBlank(c.ministry()) || c.year() == null) {
            return;
        }
        reference.ministry(c.ministry()).ifPresentOrElse(ministry -> {
            if (!ministry.existedIn(c.year())) {
                violations.add(new FieldError("ministry", "ministry '" + c.ministry() + "' did not exist in " + c.year()
                        + "; the ministries of that year are listed at " + ministriesUrl + c.year()));
            }
        }, () -> violations.add(new FieldError("ministry", "unknown ministry code '" + c.ministry()
                + "'; the valid codes are listed at " + ministriesUrl + c.year())));
    }

    private void checkArea(Contribution c, List<FieldError> violations) {
        if (isBlank(c.area())) {
            return;
        }
        if (reference.area(c.area()).isEmpty()) {
            violations.add(new FieldError("area", "unknown area code '" + c.area()
                    + "'; the valid codes are listed at " + areasUrl + " (use OTHER with areaName for another body)"));
        } else if (ReferenceData.OTHER_AREA.equals(c.area()) && isBlank(c.areaName())) {
            violations.add(new FieldError("areaName", "is required when area is OTHER"));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
