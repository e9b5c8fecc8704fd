package asean.review.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import asean.review.contract.Problem.FieldError;

class ProblemTest {

    @Test
    void aProblemWithoutFieldsHasNoErrors() {
        assertThat(Problem.of(503, "Registry unavailable", "try again"))
                .isEqualTo(new Problem("about:blank", "Registry unavailable", 503, "try again", List.of()));
    }

    @Test
    void anInvalidRequestIsA400NamingEachField() {
        List<FieldError> errors = List.of(new FieldError("year", "must be at least 2000"));
        assertThat(Problem.invalid("Invalid contribution", "1 field(s) are invalid", errors))
                .isEqualTo(new Problem("about:blank", "Invalid contribution", 400, "1 field(s) are invalid", errors));
    }
}
