package asean.review.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodySizeLimitTest {

    @Test
    void limitIsNamedInTheLargestWholeUnit() {
        assertThat(BodySizeLimit.size(256 * 1024)).isEqualTo("256 KiB");
        assertThat(BodySizeLimit.size(10 * 1024 * 1024)).isEqualTo("10 MiB");
        assertThat(BodySizeLimit.size(1536 * 1024)).isEqualTo("1536 KiB");
        assertThat(BodySizeLimit.size(1000)).isEqualTo("1000 bytes");
    }
}
