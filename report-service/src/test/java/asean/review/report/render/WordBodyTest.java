package asean.review.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What of a text the Word document's XML can hold. */
class WordBodyTest {

    @Test
    void charactersXml10CannotHoldAreDroppedAndEverythingElseIsKept() {
        String kept = "Đà Nẵng\tMOFA\r\n😀 <&> \"ok\"";
        assertThat(WordBody.clean(kept)).isSameAs(kept);
        assertThat(WordBody.clean("a\u0000b\u0001c\u001fd\uFFFEe\uFFFF")).isEqualTo("abcde");
        assertThat(WordBody.clean("lone \uD83D surrogate \uDE00 😀")).isEqualTo("lone  surrogate  😀");
    }
}
