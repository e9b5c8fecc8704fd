package asean.review.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateNode.Origin;
import io.quarkus.qute.Variant;
import io.quarkus.qute.WithPriority;

class MarkdownEscaperTest {

    private final MarkdownEscaper escaper = new MarkdownEscaper();

    /** Where a value is written: a template of {@code contentType}, or of none. */
    private static Origin origin(String contentType) {
        Optional<Variant> variant = Optional.ofNullable(contentType)
                .map(type -> new Variant(Locale.ENGLISH, type, "UTF-8"));
        return (Origin) Proxy.newProxyInstance(Origin.class.getClassLoader(), new Class<?>[] { Origin.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("getVariant")) {
                        return variant;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void escapesValuesOfMarkdownTemplatesOnly() {
        assertThat(escaper.appliesTo(origin(MarkdownEscaper.CONTENT_TYPE), "**x**")).isTrue();
        assertThat(escaper.appliesTo(origin("text/html"), "**x**")).isFalse();
        assertThat(escaper.appliesTo(origin(null), "**x**")).isFalse();
        assertThat(escaper.appliesTo(origin(MarkdownEscaper.CONTENT_TYPE), new RawString("**x**"))).isFalse();
    }

    @Test
    void mapsAnyValueToItsEscapedText() {
        assertThat(escaper.map(new StringBuilder(" *x* "), null)).isEqualTo("\\*x\\*");
        assertThat(escaper.getPriority()).isGreaterThan(WithPriority.DEFAULT_PRIORITY);
    }

    @Test
    void backslashesAreEscapedSoTheyCannotEscapeWhatFollows() {
        assertThat(MarkdownEscaper.escape("a\\*b")).isEqualTo("a\\\\\\*b");
    }

    @Test
    void aDotOrParenthesisOnlyEndsAnOrderedListMarkerAfterDigits() {
        assertThat(MarkdownEscaper.escape(".5 percent")).isEqualTo(".5 percent");
        assertThat(MarkdownEscaper.escape(") aside")).isEqualTo(") aside");
        assertThat(MarkdownEscaper.escape("3) item")).isEqualTo("3\\) item");
        assertThat(MarkdownEscaper.escape("Item 3. next")).isEqualTo("Item 3. next");
    }

    @Test
    void inlineSyntaxIsShownAsText() {
        assertThat(MarkdownEscaper.escape("**bold** _it_ `code` [link](http://x) ![img](y) <b>html</b> a|b ~~s~~"))
                .isEqualTo("\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[link\\](http://x) \\!\\[img\\](y)"
                        + " \\<b\\>html\\</b\\> a\\|b \\~\\~s\\~\\~");
    }

    @Test
    void blockSyntaxAtTheStartIsShownAsText() {
        assertThat(MarkdownEscaper.escape("# Heading")).isEqualTo("\\# Heading");
        assertThat(MarkdownEscaper.escape("- item")).isEqualTo("\\- item");
        assertThat(MarkdownEscaper.escape("12. item")).isEqualTo("12\\. item");
        assertThat(MarkdownEscaper.escape("ASEAN-EU 4.5%")).isEqualTo("ASEAN-EU 4.5%");
    }

    @Test
    void lineBreaksCannotStartANewBlockOrTableRow() {
        assertThat(MarkdownEscaper.escape("one\r\n| a | b |\n# two")).isEqualTo("one<br>\\| a \\| b \\|<br>\\# two");
    }

    @Test
    void entitiesAndVietnameseStayReadable() {
        assertThat(MarkdownEscaper.escape("&lt;script&gt; Đỗ Hùng Việt, Hà Nội"))
                .isEqualTo("\\&lt;script\\&gt; Đỗ Hùng Việt, Hà Nội");
    }
}
