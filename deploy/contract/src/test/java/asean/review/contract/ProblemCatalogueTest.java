package asean.review.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The README's error catalogue lists exactly the problem types a client can meet, each with its status. */
class ProblemCatalogueTest {

    private static final Path README = Path.of("../../README.md");
    private static final Pattern ROW = Pattern.compile("^\\| `(\\S+)` \\| (\\d{3}) \\|", Pattern.MULTILINE);

    @Test
    void theReadmeListsEveryTypeOfTheContractWithItsStatusAndNoOther() throws IOException {
        Map<String, Integer> listed = new LinkedHashMap<>();
        Matcher row = ROW.matcher(catalogue());
        while (row.find()) {
            assertThat(listed.put(row.group(1), Integer.parseInt(row.group(2)))).as("row of " + row.group(1))
                    .isNull();
        }
        Map<String, Integer> types = Arrays.stream(ProblemType.values())
                .collect(Collectors.toMap(type -> type.uri().toString(), ProblemType::status));

        assertThat(listed).isEqualTo(types);
    }

    /** The README's section "Error catalogue", up to the next section. */
    private static String catalogue() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("### Error catalogue");
        assertThat(start).as("the README's section Error catalogue").isNotNegative();
        int end = readme.indexOf("\n## ", start);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }
}
