package asean.review.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    private final PlainText.Validator validator = new PlainText.Validator();

    private boolean valid(String text) {
        return validator.isValid(text, null);
    }

    @Test
    void absentTextIsLeftToNotNullAndNotBlank() {
        assertThat(valid(null)).isTrue();
    }

    @Test
    void tabsAndLineBreaksAreText() {
        assertThat(valid("Hà Nội\tHuế\r\nĐà Nẵng\n")).isTrue();
    }

    @Test
    void controlCharactersAreRefused() {
        assertThat(valid("a\u0000b")).isFalse();
        assertThat(valid("\u0007bell")).isFalse();
        assertThat(valid("delete\u007f")).isFalse();
        assertThat(valid("c1 \u0085 control")).isFalse();
    }

    @Test
    void pairedSurrogatesAreTextWherever() {
        assertThat(valid("\uD83C\uDDFB\uD83C\uDDF3")).isTrue();
        assertThat(valid("flag \uD83C\uDDFB\uD83C\uDDF3 at the end")).isTrue();
    }

    @Test
    void unpairedSurrogatesAreRefused() {
        assertThat(valid("ends high \uD83C")).isFalse();
        assertThat(valid("high \uD83C then a letter")).isFalse();
        assertThat(valid("\uDDF3 low first")).isFalse();
        assertThat(valid("two highs \uD83C\uD83C")).isFalse();
    }
}
