package asean.review.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import asean.review.contract.Problem.FieldError;

class ProblemTest {

    @Test
    void aProblemWithoutFieldsHasNoErrors() {
        assertThat(Problem.of(ProblemType.SERVICE_UNAVAILABLE, "try again"))
                .isEqualTo(new Problem("https://asean-review.example/problems/service-unavailable",
                        "Service Unavailable", 503, "try again", List.of()));
    }

    @Test
    void anInvalidRequestIsA400NamingEachField() {
        List<FieldError> errors = List.of(new FieldError("year", "must be at least 2000"));
        assertThat(Problem.invalid(ProblemType.INVALID_CONTRIBUTION, "1 field(s) are invalid", errors))
                .isEqualTo(new Problem("https://asean-review.example/problems/invalid-contribution",
                        "Invalid contribution", 400, "1 field(s) are invalid", errors));
    }

    @Test
    void aRefusalThatNamesNoTypeTakesTheGeneralTypeOfItsStatus() {
        assertThat(Problem.ofStatus(404, "Not Found", "no such cycle").type())
                .isEqualTo("https://asean-review.example/problems/not-found");
        assertThat(Problem.ofStatus(403, "Forbidden", "another ministry's").type())
                .isEqualTo("https://asean-review.example/problems/forbidden");
        assertThat(Problem.ofStatus(503, "Service Unavailable", "later").type())
                .isEqualTo("https://asean-review.example/problems/service-unavailable");
    }

    @Test
    void aStatusTheCatalogueHasNoTypeForIsAboutBlank() {
        assertThat(Problem.ofStatus(410, "Gone", "gone"))
                .isEqualTo(new Problem("about:blank", "Gone", 410, "gone", List.of()));
    }

    @Test
    void everyTypeHasItsOwnUriAndEveryStatusAtMostOneGeneralType() {
        assertThat(ProblemType.values()).extracting(ProblemType::uri).doesNotHaveDuplicates();
        for (ProblemType type : ProblemType.values()) {
            assertThat(ProblemType.of(type.uri().toString())).contains(type);
            ProblemType.forStatus(type.status()).ifPresent(general -> assertThat(general.status())
                    .isEqualTo(type.status()));
        }
    }
}
